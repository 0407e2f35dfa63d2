package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;

/** From the role check in the network view, the gaps go on the next meeting's agenda by keyboard alone. */
@UiTest
class RoleCheckGapsKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder, TODAY);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void theRoleCheckGapsArePutOnTheNextMeetingsAgendaByKeyboard(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspace.selfAssessment().open(SelfAssessmentRound.open("Spring 2027", TODAY, TODAY.plusWeeks(4)));
        var next = workspace.meetings().save(Meeting.plan(TODAY.plusWeeks(2), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var approaches = workspace.selfAssessment().approaches();

        // Into the section's tabs (a heat-map cell), then Ctrl+Page Down twice to the role check.
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        String firstCell = "#toolkit-cell-" + dsit.id() + "-" + approaches.get(0).id();
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        for (int presses = 0; presses < 15 && !robot.lookup(firstCell).query().isFocused(); presses++) {
            app.key(robot, KeyCode.TAB);
        }
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);

        // Alt+K reaches the meeting chooser, which offers the next meeting; Alt+U puts the gaps on its agenda.
        app.keys(robot, KeyCode.ALT, KeyCode.K);
        ComboBox<?> meeting = robot.lookup("#toolkit-agenda-meeting").queryAs(ComboBox.class);
        assertTrue(meeting.isFocused(), "Alt+K reaches the meeting to take the gaps");
        assertEquals(next.id(), ((Meeting) meeting.getValue()).id());
        app.keys(robot, KeyCode.ALT, KeyCode.U);

        var items = workspace.agenda().items(next.id());
        assertEquals(1, items.size());
        assertEquals("Digital Leader role check: gaps", items.get(0).title());
        assertEquals(ItemPurpose.INFORMATION, items.get(0).purpose());
        assertTrue(items.get(0).cover().summary().contains("DSIT: Departmental digital strategy agreed"),
                items.get(0).cover().summary());
        Node status = robot.lookup("#toolkit-agenda-status").query();
        assertTrue(((Label) status).getText().startsWith("The gaps are item 1 on the agenda of meeting"),
                ((Label) status).getText());
    }
}
