package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
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
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;

/** A secretariat officer reaches a heat-map cell by keyboard, rates the approach and sees the cell change. */
@UiTest
class SelfAssessmentKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    static Path folder;

    private AppHarness app;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        app = new AppHarness(stage, folder, TODAY);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** Typed text goes to the main window's focused field, never to a tooltip or drop-down that happens to show. */
    private void write(FxRobot robot, String text) throws Exception {
        robot.targetWindow(window).write(text);
        app.settle();
    }

    @Test
    void ratesAnOrganisationsApproachesByKeyboardAndTheHeatMapChanges(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var round = workspace.selfAssessment().open(SelfAssessmentRound.open("Spring 2027", TODAY,
                TODAY.plusWeeks(4)));
        var approaches = workspace.selfAssessment().approaches();

        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        String firstCell = "#toolkit-cell-" + dsit.id() + "-" + approaches.get(0).id();
        assertEquals("\u2013", robot.lookup(firstCell).queryAs(Button.class).getText());

        // From the round chooser, Tab reaches the heat map's first cell.
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        for (int presses = 0; presses < 15 && !robot.lookup(firstCell).queryAs(Button.class).isFocused();
             presses++) {
            app.key(robot, KeyCode.TAB);
        }
        assertTrue(robot.lookup(firstCell).queryAs(Button.class).isFocused(), "Tab reaches the heat map");

        // Enter opens the rating form on the level; type the level, its evidence, and Enter saves.
        app.key(robot, KeyCode.ENTER);
        write(robot, "4");
        // Tab passes the reason (disabled unless Not applicable) to the evidence.
        app.key(robot, KeyCode.TAB);
        write(robot, "Strategy owned jointly with the Treasury");
        app.keys(robot, KeyCode.ALT, KeyCode.W);
        write(robot, "Chief Digital Officer");
        app.key(robot, KeyCode.ENTER);

        var stored = workspace.selfAssessment().ratings(round.id());
        assertEquals(1, stored.size());
        assertEquals(MaturityLevel.EMBEDDED, stored.get(0).level());
        assertEquals("Strategy owned jointly with the Treasury", stored.get(0).evidence());
        assertEquals("4 Emb", robot.lookup(firstCell).queryAs(Button.class).getText());

        // The next approach, chosen in the form by typing its code, rated Not applicable with a reason.
        app.keys(robot, KeyCode.ALT, KeyCode.A);
        write(robot, "1.2");
        // Tab moves on to the level, the next field.
        app.key(robot, KeyCode.TAB);
        write(robot, "N/A");
        // The reason, enabled by Not applicable, comes next.
        app.key(robot, KeyCode.TAB);
        write(robot, "No central metrics regime applies");
        app.key(robot, KeyCode.ENTER);

        String secondCell = "#toolkit-cell-" + dsit.id() + "-" + approaches.get(1).id();
        assertEquals("N/A", robot.lookup(secondCell).queryAs(Button.class).getText());
        assertEquals(2, workspace.selfAssessment().ratings(round.id()).size());
    }
}
