package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import javafx.scene.control.TextArea;
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
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.audit.AuditStamping;

/**
 * The secretariat corrects an action by keyboard while a second person corrects the same action: the save is
 * refused naming what the other person changed; Keep editing keeps the typed wording, Reload shows theirs.
 */
@UiTest
class ActionSavedByTwoPeopleKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String THEIRS = "Share the cloud guidance with agencies";
    private static final String MINE = "Publish the cloud guidance";

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Action seed() throws Exception {
        app.settle();
        var workspace = app.workspace();
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        return workspace.actions().raise(Action.raise("Share the cloud guidance", owner.id(), dsit.id(),
                october.id(), null, october.date(), LocalDate.of(2026, 12, 3)));
    }

    /** Opens the action's correction and types new wording into it, by keyboard. */
    private void typeNewWording(FxRobot robot) throws Exception {
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        app.key(robot, KeyCode.HOME);
        app.keys(robot, KeyCode.ALT, KeyCode.K);
        app.key(robot, KeyCode.SPACE);
        app.key(robot, KeyCode.TAB);
        assertTrue(description(robot).isFocused(), "the wording has the focus");
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(MINE);
        app.settle();
    }

    /** A second person, with the action open as it was, corrects its wording first. */
    private void correctedBehindTheEditorsBack(Action action) {
        var workspace = app.workspace();
        Action theirs = workspace.actions().find(action.id()).orElseThrow();
        workspace.actions().correct(theirs.id(), theirs.version(), new ActionCorrection(THEIRS, theirs.ownerId(),
                theirs.organisationId(), theirs.dueOn(), ""));
    }

    private static TextArea description(FxRobot robot) {
        return robot.lookup("#action-correct-description").queryAs(TextArea.class);
    }

    private String stored(Action action) {
        return app.workspace().actions().find(action.id()).orElseThrow().description();
    }

    @Test
    void theRefusalNamesTheChangeAndReloadShowsTheOtherPersonsWording(FxRobot robot) throws Exception {
        Action action = seed();
        typeNewWording(robot);
        correctedBehindTheEditorsBack(action);
        app.dialogs().reloads.add(true);
        app.dialogs().confirmations.add(true);

        app.keys(robot, KeyCode.ALT, KeyCode.J);

        assertEquals(1, app.dialogs().conflicts.size());
        String refusal = app.dialogs().conflicts.get(0);
        assertTrue(refusal.contains("Not saved: " + AuditStamping.currentUser() + " changed this record at "), refusal);
        assertTrue(refusal.contains("(description) after you opened it"), refusal);
        var questions = app.dialogs().confirmQuestions;
        assertTrue(questions.get(questions.size() - 1).startsWith("Action: discard what you typed?"),
                app.dialogs().confirmQuestions.toString());
        assertEquals(THEIRS, description(robot).getText());
        assertEquals(THEIRS, stored(action));
    }

    @Test
    void keepEditingKeepsTheTypedWordingAndSavesNothing(FxRobot robot) throws Exception {
        Action action = seed();
        typeNewWording(robot);
        correctedBehindTheEditorsBack(action);

        app.keys(robot, KeyCode.ALT, KeyCode.J);

        assertEquals(1, app.dialogs().conflicts.size());
        assertEquals(MINE, description(robot).getText());
        assertEquals(THEIRS, stored(action));
        assertTrue(app.dialogs().errors.isEmpty(), app.dialogs().errors.toString());
    }
}
