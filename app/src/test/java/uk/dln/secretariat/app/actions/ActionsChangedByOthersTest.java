package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * A coordinator changes an action while the secretariat has the action log open: the log shows the change, and the
 * secretariat's half-typed correction of the same action is kept, with a notice saying who changed it and when.
 */
class ActionsChangedByOthersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant SEEN = Instant.parse("2026-11-22T10:42:00Z");

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private ActionLogViewModel log;
    private Action action;
    private Action other;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        log = new ActionLogViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        var october = workspace().meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var dsit = workspace().organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace().leaders().save(Leader.create("Priya Shah"));
        action = workspace().actions().raise(Action.raise("Share the cloud guidance", owner.id(), dsit.id(),
                october.id(), null, october.date(), LocalDate.of(2026, 12, 3)));
        other = workspace().actions().raise(Action.raise("Publish the data standard", owner.id(), dsit.id(),
                october.id(), null, october.date(), LocalDate.of(2026, 12, 10)));
        log.reload();
        select(action);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void anActionChangedByAnotherShowsItsNewStatusWithTheSelectionKept() {
        workspace().actions().changeStatus(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE);

        log.othersChanged(changed(action, "coordinator_dsit"));

        assertEquals(ActionStatus.PROPOSED_FOR_CLOSURE, row(action).action().status());
        assertEquals(action.id(), log.selectedProperty().get().id());
        assertEquals(ActionStatus.PROPOSED_FOR_CLOSURE, log.selectedProperty().get().action().status());
    }

    @Test
    void aCorrectionFormWithoutTypingSimplyShowsTheNewWording() {
        correctBehindTheWindow("Share the cloud guidance with every department");

        log.othersChanged(changed(action, "coordinator_dsit"));

        var form = log.correction();
        assertEquals("Share the cloud guidance with every department", form.descriptionProperty().get());
        assertEquals("", form.changedByOtherProperty().get());
        assertFalse(form.changes().isDirty());
    }

    @Test
    void typingInTheCorrectionFormIsKeptWhenTheActionChangesAndTheFormSaysWhoChangedItAndWhen() {
        var form = log.correction();
        form.descriptionProperty().set("Share the cloud guidance by Christmas");
        correctBehindTheWindow("Share the cloud guidance with every department");

        log.othersChanged(changed(action, "coordinator_dsit"));

        assertEquals("Share the cloud guidance by Christmas", form.descriptionProperty().get());
        assertTrue(form.changes().isDirty());
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"),
                form.changedByOtherProperty().get());
        assertEquals("Share the cloud guidance with every department", row(action).action().description(),
                "the log itself shows the stored action");
    }

    @Test
    void aChangeToAnotherActionLeavesTheCorrectionFormAndItsTypingAlone() {
        var form = log.correction();
        form.descriptionProperty().set("Share the cloud guidance by Christmas");
        workspace().actions().changeStatus(other.id(), ActionStatus.IN_PROGRESS);

        log.othersChanged(changed(other, "coordinator_dsit"));

        assertEquals("Share the cloud guidance by Christmas", form.descriptionProperty().get());
        assertEquals("", form.changedByOtherProperty().get());
        assertEquals(ActionStatus.IN_PROGRESS, row(other).action().status());
    }

    @Test
    void reloadAsksAboutTheTypingAndOnDiscardShowsTheStoredAction() {
        var form = log.correction();
        form.descriptionProperty().set("Share the cloud guidance by Christmas");
        correctBehindTheWindow("Share the cloud guidance with every department");
        log.othersChanged(changed(action, "coordinator_dsit"));
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        form.reloadStored();

        assertEquals(List.of(Messages.get("changes.ask.heading", Messages.get("changes.editor.actionCorrection"))),
                dialogs.saveQuestions.stream().map(q -> q.split("\n")[0]).toList());
        assertEquals("Share the cloud guidance with every department", form.descriptionProperty().get());
        assertEquals("", form.changedByOtherProperty().get());
        assertFalse(form.changes().isDirty());
    }

    @Test
    void cancellingReloadKeepsTheTypingAndTheNotice() {
        var form = log.correction();
        form.descriptionProperty().set("Share the cloud guidance by Christmas");
        correctBehindTheWindow("Share the cloud guidance with every department");
        log.othersChanged(changed(action, "coordinator_dsit"));

        form.reloadStored();

        assertEquals(1, dialogs.saveQuestions.size());
        assertEquals("Share the cloud guidance by Christmas", form.descriptionProperty().get());
        assertFalse(form.changedByOtherProperty().get().isEmpty());
    }

    @Test
    void theCorrectionFormIsCleanAgainOnceItsCorrectionIsSaved() {
        var form = log.correction();
        form.descriptionProperty().set("Share the cloud guidance by Christmas");

        form.save();

        assertEquals("Share the cloud guidance by Christmas", row(action).action().description());
        assertFalse(form.changes().isDirty());
        correctBehindTheWindow("Share the cloud guidance with every department");
        log.othersChanged(changed(action, "coordinator_dsit"));
        assertEquals("Share the cloud guidance with every department", form.descriptionProperty().get());
    }

    private void correctBehindTheWindow(String wording) {
        var stored = workspace().actions().find(action.id()).orElseThrow();
        workspace().actions().correct(action.id(), new ActionCorrection(wording, stored.ownerId(),
                stored.organisationId(), stored.dueOn(), ""));
    }

    private static ChangedRecords changed(Action changed, String by) {
        return new ChangedRecords(List.of(new RecordChanged("action", changed.id(), by)), SEEN);
    }

    private void select(Action chosen) {
        log.selectedProperty().set(row(chosen));
    }

    private ActionRow row(Action wanted) {
        return log.shown().stream().filter(r -> r.id() == wanted.id()).findFirst().orElseThrow();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }
}
