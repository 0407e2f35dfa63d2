package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;

/**
 * A rating typed but not saved is asked about when the rating form's own approach drop-down chooses another approach,
 * as it is when Enter on another heat-map cell would replace it: Cancel keeps it, Discard drops it, Save stores it.
 */
@UiTest
class RatingFormChoicesKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    static Path folder;

    private AppHarness app;
    private Stage window;
    private SelfAssessmentRound round;
    private List<ToolkitApproach> approaches;

    @Start
    void start(Stage stage) {
        window = stage;
        app = new AppHarness(stage, folder, TODAY);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void write(FxRobot robot, String text) throws Exception {
        robot.targetWindow(window).write(text);
        app.settle();
    }

    /** Enter on DSIT's first cell opens the form on its level; "4" chooses Embedded, left unsaved. */
    private void embeddedTypedButNotSaved(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        round = workspace.selfAssessment().open(SelfAssessmentRound.open("Spring 2027", TODAY, TODAY.plusWeeks(4)));
        approaches = workspace.selfAssessment().approaches();
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
        String firstCell = "#toolkit-cell-" + dsit.id() + "-" + approaches.get(0).id();
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        for (int presses = 0; presses < 15 && !robot.lookup(firstCell).queryAs(Button.class).isFocused();
             presses++) {
            app.key(robot, KeyCode.TAB);
        }
        app.key(robot, KeyCode.ENTER);
        write(robot, "4");
        assertEquals(MaturityLevel.EMBEDDED, level(robot));
    }

    /** Alt+A to the form's approach drop-down, then typing "1.2" chooses the next approach. */
    private void anotherApproachInTheForm(FxRobot robot) throws Exception {
        app.keys(robot, KeyCode.ALT, KeyCode.A);
        write(robot, "1.2");
    }

    private Object approach(FxRobot robot) {
        return robot.lookup("#toolkit-rate-approach").queryAs(ComboBox.class).getValue();
    }

    private Object level(FxRobot robot) {
        return robot.lookup("#toolkit-rate-level").queryAs(ComboBox.class).getValue();
    }

    @Test
    void anotherApproachChosenInTheFormOverAnUnsavedRatingThenCancelKeepsTheRating(FxRobot robot)
            throws Exception {
        embeddedTypedButNotSaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        anotherApproachInTheForm(robot);

        assertEquals(List.of("Rating: save your changes?"), app.dialogs().saveQuestions);
        assertEquals(approaches.get(0), approach(robot), "the drop-down goes back to the approach being rated");
        assertEquals(MaturityLevel.EMBEDDED, level(robot), "the typed level is still there");
        assertTrue(app.workspace().selfAssessment().ratings(round.id()).isEmpty());
    }

    @Test
    void anotherApproachChosenInTheFormOverAnUnsavedRatingThenDiscardMovesOnAndStoresNothing(FxRobot robot)
            throws Exception {
        embeddedTypedButNotSaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.DISCARD);

        anotherApproachInTheForm(robot);

        assertEquals(List.of("Rating: save your changes?"), app.dialogs().saveQuestions);
        assertEquals(approaches.get(1), approach(robot));
        assertEquals(null, level(robot), "the next approach is not rated yet");
        assertTrue(app.workspace().selfAssessment().ratings(round.id()).isEmpty());
    }

    @Test
    void anotherApproachChosenInTheFormOverAnUnsavedRatingThenSaveStoresItAndMovesOn(FxRobot robot)
            throws Exception {
        embeddedTypedButNotSaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.SAVE);

        anotherApproachInTheForm(robot);

        var stored = app.workspace().selfAssessment().ratings(round.id());
        assertEquals(1, stored.size());
        assertEquals(approaches.get(0).id(), stored.get(0).approachId(), "the rating saved is the one typed");
        assertEquals(MaturityLevel.EMBEDDED, stored.get(0).level());
        assertEquals(approaches.get(1), approach(robot));
    }
}
