package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/** A coordinator finds their organisation's overdue actions, notes progress and proposes one for closure by keyboard. */
@UiTest
class ActionLogKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

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

    private Action seed() throws Exception {
        app.settle();
        var workspace = app.workspace();
        var meeting = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        Action latestOverdue = null;
        for (String shortName : new String[] {"DSIT", "HMT"}) {
            var organisation = workspace.organisations().save(Organisation.create("Department " + shortName,
                    shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
            var owner = workspace.leaders().save(Leader.create(shortName + " leader"));
            for (int day : new int[] {1, 10, 50}) {
                var action = workspace.actions().raise(Action.raise(shortName + " action due in " + day + " days",
                        owner.id(), organisation.id(), meeting.id(), null, meeting.date(),
                        LocalDate.of(2026, 11, 1).plusDays(day - 1)));
                if (shortName.equals("DSIT") && day == 10) {
                    latestOverdue = action;
                }
            }
        }
        return latestOverdue;
    }

    @Test
    void filtersToOneOrganisationsOverdueActionsAddsAnUpdateAndProposesOneForClosure(FxRobot robot)
            throws Exception {
        Action expected = seed();
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);

        app.keys(robot, KeyCode.ALT, KeyCode.O);
        robot.write("DSIT");
        app.settle();
        app.keys(robot, KeyCode.ALT, KeyCode.D);
        TableView<?> table = robot.lookup("#actions-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());

        app.keys(robot, KeyCode.ALT, KeyCode.L);
        robot.type(KeyCode.HOME);
        app.settle();
        app.keys(robot, KeyCode.ALT, KeyCode.U);
        robot.write("Guidance drafted; publishing next week");
        app.keys(robot, KeyCode.ALT, KeyCode.A);
        app.dialogs().confirmations.add(true);
        app.keys(robot, KeyCode.ALT, KeyCode.P);

        var updates = app.workspace().actions().updates(expected.id());
        assertEquals("Guidance drafted; publishing next week", updates.get(0).text());
        assertEquals(ActionStatus.PROPOSED_FOR_CLOSURE, app.workspace().actions().log().stream()
                .filter(e -> e.action().id() == expected.id()).findFirst().orElseThrow().action().status());
    }
}
