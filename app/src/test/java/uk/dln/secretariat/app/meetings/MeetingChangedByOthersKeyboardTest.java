package uk.dln.secretariat.app.meetings;

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
import javafx.scene.control.TextField;
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
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * Two people of the secretariat preparing the same meeting on a shared workspace: while one types a new place in the
 * meeting's details, the other saves another. The typing is kept with a notice saying who changed the meeting and
 * when; saving it is refused with Reload or Keep editing; Keep editing keeps it, and Reload (Alt+X), once the typing
 * is given up, shows the other person's place.
 */
@UiTest
class MeetingChangedByOthersKeyboardTest {

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

    @Test
    void typingOverAMeetingSomeoneElseSavedIsKeptRefusedOnSaveAndGivenUpOnlyOnReload(FxRobot robot)
            throws Exception {
        app.settle();
        Meeting meeting = app.workspace().meetings().save(Meeting.plan(LocalDate.of(2026, 12, 3), LocalTime.of(10, 0),
                120, "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        robot.interact(() -> app.services().workspaces().followChangesByOthers(colleagues));
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        app.settle();
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        robot.clickOn(place);
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Online only");
        app.settle();

        Meeting theirs = app.workspace().meetings().find(meeting.id()).orElseThrow();
        app.workspace().meetings().save(new Meeting(theirs.id(), theirs.number(), theirs.date(), theirs.startTime(),
                theirs.slotMinutes(), "1 Horse Guards Road", "", null, theirs.kind(), theirs.status(),
                theirs.marking(), theirs.version()));
        colleagues.changed(new RecordChanged("meeting", meeting.id(), "anna"));

        var notice = robot.lookup("#meeting-changed").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, notice::isVisible);
        app.settle();
        assertEquals("Online only", place.getText(), "the typing is never written over");
        String said = notice.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(text -> text.startsWith("Changed by")).findFirst()
                .orElse("");
        assertEquals(Messages.get("changes.byOthers.notice", "anna", "10:42"), said);

        // Save (Alt+S) is refused: Keep editing keeps the typing, and nothing is stored over theirs.
        app.dialogs().reloads.add(false);
        app.keys(robot, KeyCode.ALT, KeyCode.S);
        assertEquals(1, app.dialogs().conflicts.size(), "asked Reload or Keep editing");
        assertTrue(app.dialogs().conflicts.get(0).contains("place"), app.dialogs().conflicts.get(0));
        assertEquals("Online only", place.getText());
        assertEquals("1 Horse Guards Road", app.workspace().meetings().find(meeting.id()).orElseThrow().place());

        // Reload (Alt+X) asks about the typing first; given up, the form shows their place.
        app.dialogs().saveChoices.add(SaveChoice.DISCARD);
        app.keys(robot, KeyCode.ALT, KeyCode.X);
        assertEquals(1, app.dialogs().saveQuestions.size(), "asked before the typing is given up");
        assertEquals("1 Horse Guards Road", place.getText());
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
