package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * A coordinator corrects an action while the secretariat is typing about it in the action log: a reason to withdraw
 * it, or an update. The typing is kept under a "Changed by" notice; withdrawing over the coordinator's change is
 * refused with the Reload or Keep editing question, and the update notice's Reload asks before the typing goes.
 */
@UiTest
class ActionWithdrawnByTwoPeopleKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private final Colleagues colleagues = new Colleagues();
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** One action, selected in the log by keyboard. */
    private Action seed(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        Action action = workspace.actions().raise(Action.raise("Share the cloud guidance", owner.id(), dsit.id(),
                october.id(), null, october.date(), LocalDate.of(2026, 12, 3)));
        robot.interact(() -> app.services().workspaces().followChangesByOthers(colleagues));
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        robot.type(KeyCode.HOME);
        app.settle();
        return action;
    }

    private void correctedByACoordinator(Action action) throws InterruptedException {
        app.workspace().actions().correct(action.id(), new ActionCorrection("Share the cloud guidance with agencies",
                action.ownerId(), action.organisationId(), action.dueOn(), ""));
        colleagues.changed(new RecordChanged("action", action.id(), "coordinator_dsit"));
    }

    private static String said(HBox notice) {
        return notice.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(text -> text.startsWith("Changed by")).findFirst()
                .orElse("");
    }

    @Test
    void withdrawingAnActionACoordinatorChangedMeanwhileShowsTheNoticeThenAsksReloadOrKeepEditing(FxRobot robot)
            throws Exception {
        Action action = seed(robot);
        app.keys(robot, KeyCode.ALT, KeyCode.K);
        robot.type(KeyCode.SPACE);
        app.settle();
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        robot.write("Raised in error");
        app.settle();

        correctedByACoordinator(action);

        var notice = robot.lookup("#action-correct-changed").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, notice::isVisible);
        app.settle();
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"), said(notice));

        app.dialogs().confirmations.add(true);
        // Below the fold of the detail pane, so pressed as a screen reader would, not clicked where it is drawn.
        robot.interact(() -> robot.lookup("#action-withdraw").queryButton().fire());
        app.settle();

        assertEquals(1, app.dialogs().conflicts.size(), "asked Reload or Keep editing");
        assertTrue(app.dialogs().conflicts.get(0).contains("(description) after you opened it"),
                app.dialogs().conflicts.get(0));
        assertEquals(1, app.workspace().actions().log().size(), "not withdrawn over the coordinator's change");
        assertEquals("Raised in error", robot.lookup("#action-correct-reason").queryTextInputControl().getText());
    }

    @Test
    void anUpdateBeingTypedIsKeptUnderTheNoticeUntilReloadIsChosenAndTheTypingGivenUp(FxRobot robot)
            throws Exception {
        Action action = seed(robot);
        app.keys(robot, KeyCode.ALT, KeyCode.U);
        robot.write("Guidance drafted");
        app.settle();
        TextArea update = robot.lookup("#actions-update-text").queryAs(TextArea.class);

        correctedByACoordinator(action);

        var notice = robot.lookup("#actions-update-changed").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, notice::isVisible);
        app.settle();
        assertEquals("Guidance drafted", update.getText(), "the typing is never written over");
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"), said(notice));

        app.dialogs().saveChoices.add(SaveChoice.DISCARD);
        robot.clickOn("#actions-update-reload");
        app.settle();

        assertEquals(1, app.dialogs().saveQuestions.size(), "asked before the typing is given up");
        assertEquals("", update.getText());
        assertFalse(notice.isVisible());
    }

    /** Other people at work on the shared workspace, telling of their changes from a thread of their own. */
    private static final class Colleagues implements ChangesByOthers {
        private final List<Consumer<RecordChanged>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Following follow(Consumer<RecordChanged> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void changed(RecordChanged change) throws InterruptedException {
            var thread = new Thread(() -> listeners.forEach(listener -> listener.accept(change)), "server");
            thread.start();
            thread.join();
        }
    }
}
