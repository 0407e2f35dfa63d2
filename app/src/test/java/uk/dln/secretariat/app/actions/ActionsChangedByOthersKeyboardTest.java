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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
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
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * The secretariat has the action log open on a shared workspace while a coordinator changes an action: the table
 * shows the new status within a second without a key being pressed, where the person was; a correction being typed
 * over the same action is kept, with a notice, until the person chooses Reload by keyboard and gives their typing up.
 */
@UiTest
class ActionsChangedByOthersKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final int ACTIONS = 60;

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

    /** Sixty actions, so the table scrolls; the last in the table is selected by keyboard and returned. */
    private Action seed(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        for (int i = 1; i <= ACTIONS; i++) {
            workspace.actions().raise(Action.raise("Action number " + i, owner.id(), dsit.id(),
                    october.id(), null, october.date(), LocalDate.of(2026, 12, 3).plusDays(i)));
        }
        // The shared workspace's notifications, connected where the server's feed is.
        robot.interact(() -> app.services().workspaces().followChangesByOthers(colleagues));
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        robot.type(KeyCode.END);
        app.settle();
        TableView<ActionRow> table = robot.lookup("#actions-table").queryTableView();
        return table.getSelectionModel().getSelectedItem().action();
    }

    @Test
    void anActionAnotherPersonChangedShowsItsNewStatusWithinASecondWhereThePersonWas(FxRobot robot)
            throws Exception {
        Action action = seed(robot);
        TableView<ActionRow> table = robot.lookup("#actions-table").queryTableView();
        int firstShown = firstVisibleRow(table);
        assertTrue(firstShown > 0, "scrolled down to the last action");
        String proposed = Messages.get(ActionStatus.PROPOSED_FOR_CLOSURE.messageKey());

        // The moment the table holds the new status, seen on the FX thread rather than by polling it.
        var shownAt = new AtomicLong();
        robot.interact(() -> table.getItems().addListener((ListChangeListener<ActionRow>) change -> {
            if (shownAt.get() == 0 && table.getItems().stream().anyMatch(row -> row.id() == action.id()
                    && row.action().status() == ActionStatus.PROPOSED_FOR_CLOSURE)) {
                shownAt.set(System.nanoTime());
            }
        }));

        app.workspace().actions().changeStatus(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE);
        long changed = System.nanoTime();
        colleagues.changed(new RecordChanged("action", action.id(), "coordinator_dsit"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownAt.get() != 0);
        long tookMillis = (shownAt.get() - changed) / 1_000_000;
        assertTrue(tookMillis < 1000, "took " + tookMillis + " ms");
        app.settle();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> shows(table, proposed)).get(), "the table's cell says so");
        assertEquals(action.id(), table.getSelectionModel().getSelectedItem().id(), "the selection stays");
        assertEquals(firstShown, firstVisibleRow(table), "and so does the scroll position");
    }

    @Test
    void typingOverAnActionAnotherPersonChangedIsKeptUntilReloadIsChosenAndTheTypingGivenUp(FxRobot robot)
            throws Exception {
        Action action = seed(robot);
        app.keys(robot, KeyCode.ALT, KeyCode.K);
        robot.type(KeyCode.SPACE);
        app.settle();
        robot.type(KeyCode.TAB);
        app.keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Send the guidance by Christmas");
        app.settle();
        TextArea wording = robot.lookup("#action-correct-description").queryAs(TextArea.class);
        assertEquals("Send the guidance by Christmas", wording.getText());

        app.workspace().actions().correct(action.id(), new ActionCorrection("Send the guidance to every department",
                action.ownerId(), action.organisationId(), action.dueOn(), ""));
        colleagues.changed(new RecordChanged("action", action.id(), "coordinator_dsit"));

        var notice = robot.lookup("#action-correct-changed").queryAs(javafx.scene.layout.HBox.class);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, notice::isVisible);
        app.settle();
        assertEquals("Send the guidance by Christmas", wording.getText(), "the typing is never written over");
        String said = notice.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(text -> text.startsWith("Changed by")).findFirst()
                .orElse("");
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"), said);
        assertEquals(said, notice.getAccessibleText(), "a screen reader hears the words");

        app.dialogs().saveChoices.add(SaveChoice.DISCARD);
        app.keys(robot, KeyCode.ALT, KeyCode.X);

        assertEquals(1, app.dialogs().saveQuestions.size(), "asked before the typing is given up");
        assertEquals("Send the guidance to every department", wording.getText());
        assertFalse(notice.isVisible());
    }

    private static boolean shows(TableView<ActionRow> table, String text) {
        return table.lookupAll(".table-cell").stream()
                .anyMatch(cell -> cell instanceof Labeled labeled && text.equals(labeled.getText()));
    }

    private static int firstVisibleRow(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        }).get();
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
