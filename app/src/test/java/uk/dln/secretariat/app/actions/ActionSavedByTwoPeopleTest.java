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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import uk.dln.secretariat.persistence.audit.AuditStamping;

/**
 * Someone else saves the action the log shows while it is being edited: the save is refused, the person is told who
 * changed what and when, and chooses Reload (their version, once the typing may go) or Keep editing.
 */
class ActionSavedByTwoPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private ActionLogViewModel log;
    private Action action;

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
        log.reload();
        select(action.id());
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    private void select(long id) {
        log.selectedProperty().set(log.shown().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
    }

    /** A second person's correction, from the action as they read it. */
    private void correctedBehindTheEditorsBack(String description) {
        Action theirs = workspace().actions().find(action.id()).orElseThrow();
        workspace().actions().correct(theirs.id(), theirs.version(), new ActionCorrection(description,
                theirs.ownerId(), theirs.organisationId(), theirs.dueOn(), ""));
    }

    private String stored() {
        return workspace().actions().find(action.id()).orElseThrow().description();
    }

    @Test
    void keepEditingKeepsWhatWasTypedAndSavesNothingOverTheOtherPersonsChange() {
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");
        log.correction().descriptionProperty().set("Publish the cloud guidance");

        log.correction().save();

        assertEquals(1, dialogs.conflicts.size());
        String asked = dialogs.conflicts.get(0);
        assertTrue(asked.startsWith("Action: changed by someone else"), asked);
        assertTrue(asked.contains("Not saved: " + AuditStamping.currentUser() + " changed this record at "), asked);
        assertTrue(asked.contains("(description) after you opened it"), asked);
        assertEquals("Publish the cloud guidance", log.correction().descriptionProperty().get());
        assertEquals("Share the cloud guidance with agencies", stored());
        assertTrue(log.correction().errors().general().get().contains("(description)"),
                log.correction().errors().general().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void reloadShowsTheOtherPersonsVersionOnceTheTypingMayGoAndTheNextSaveIsMadeOverIt() {
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");
        log.correction().descriptionProperty().set("Publish the cloud guidance");
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        log.correction().save();

        assertTrue(dialogs.confirmQuestions.get(0).startsWith("Action: discard what you typed?"),
                dialogs.confirmQuestions.toString());
        assertEquals("Share the cloud guidance with agencies", log.correction().descriptionProperty().get());
        log.correction().descriptionProperty().set("Share the cloud guidance with every agency");
        log.correction().save();
        assertEquals("Share the cloud guidance with every agency", stored());
        assertEquals(1, dialogs.conflicts.size());
    }

    @Test
    void reloadAfterTheirChangeWasHeardWhileANewDueDateWasTypedShowsTheStoredActionAndTheNextSaveIsMadeOverIt() {
        // As two people at once: the other moves the action on while this one types a new due date and its reason.
        workspace().actions().changeStatus(action.id(), ActionStatus.IN_PROGRESS, "Started");
        LocalDate storedDue = workspace().actions().find(action.id()).orElseThrow().dueOn();
        log.correction().dueOnProperty().set(storedDue.plusWeeks(3));
        log.correction().reasonProperty().set("Awaiting the spending review");
        // As in the window: their change is heard first (the form keeps the typing and says who), then the save.
        log.othersChanged(new uk.dln.secretariat.app.core.shared.ChangedRecords(List.of(
                new uk.dln.secretariat.app.core.shared.RecordChanged("action", action.id(), "coordinator_dsit")),
                TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC)));
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        log.correction().save();

        assertEquals(storedDue, log.correction().dueOnProperty().get(), "the typed due date gives way to the stored one");
        assertEquals("", log.correction().reasonProperty().get());
        assertFalse(log.correction().changes().isDirty(), "nothing typed is left once the person chose Reload");
        log.correction().descriptionProperty().set("Share the cloud guidance with every agency");
        log.correction().save();
        assertEquals("Share the cloud guidance with every agency", stored());
        assertEquals(1, dialogs.conflicts.size(), "the save after Reload is made over their version, not refused again");
    }

    @Test
    void reloadNotConfirmedKeepsWhatWasTyped() {
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");
        log.correction().descriptionProperty().set("Publish the cloud guidance");
        dialogs.reloads.add(true);
        dialogs.confirmations.add(false);

        log.correction().save();

        assertEquals("Publish the cloud guidance", log.correction().descriptionProperty().get());
        assertEquals("Share the cloud guidance with agencies", stored());
    }

    @Test
    void savingTwiceFromTheSameEditorIsNoConflict() {
        log.correction().descriptionProperty().set("Publish the cloud guidance");
        log.correction().save();
        log.correction().descriptionProperty().set("Publish the cloud guidance today");
        log.correction().save();

        assertEquals("Publish the cloud guidance today", stored());
        assertTrue(dialogs.conflicts.isEmpty(), dialogs.conflicts.toString());
    }

    @Test
    void aStatusChangeOverSomeoneElsesChangeToTheActionIsRefusedAndChangesNothing() {
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");
        dialogs.confirmations.add(true);

        log.changeStatus(List.of(log.selectedProperty().get()), ActionStatus.PROPOSED_FOR_CLOSURE);

        assertEquals(1, dialogs.conflicts.size());
        assertEquals(ActionStatus.OPEN, workspace().actions().find(action.id()).orElseThrow().status());
    }

    @Test
    void withdrawingAnActionSomeoneElseCorrectedSinceIsRefusedAndKeepsItInTheLog() {
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");
        log.correction().reasonProperty().set("raised in error");
        dialogs.confirmations.add(true);

        log.correction().withdraw();

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).contains("(description) after you opened it"), dialogs.conflicts.get(0));
        assertEquals(1, workspace().actions().log().size());
        assertEquals("raised in error", log.correction().reasonProperty().get());
    }

    @Test
    void anUpdateBeingTypedOverAnActionSomeoneElseChangedIsKeptWithANoticeNamingThem() {
        log.updateTextProperty().set("Guidance drafted");
        correctedBehindTheEditorsBack("Share the cloud guidance with agencies");

        log.othersChanged(new uk.dln.secretariat.app.core.shared.ChangedRecords(List.of(
                new uk.dln.secretariat.app.core.shared.RecordChanged("action", action.id(), "coordinator_dsit")),
                TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC)));

        assertEquals("Guidance drafted", log.updateTextProperty().get());
        assertEquals(uk.dln.secretariat.app.i18n.Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"),
                log.updateChangedByOtherProperty().get());
        assertEquals("Share the cloud guidance with agencies",
                log.selectedProperty().get().action().description());
    }

    @Test
    void theUpdateNoticesReloadAsksFirstAndDiscardClearsTheTypingAndTheNotice() {
        log.updateTextProperty().set("Guidance drafted");
        log.othersChanged(new uk.dln.secretariat.app.core.shared.ChangedRecords(List.of(
                new uk.dln.secretariat.app.core.shared.RecordChanged("action", action.id(), "coordinator_dsit")),
                TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC)));
        dialogs.saveChoices.add(uk.dln.secretariat.app.changes.SaveChoice.DISCARD);

        log.reloadForUpdate();

        assertEquals(1, dialogs.saveQuestions.size());
        assertEquals("", log.updateTextProperty().get());
        assertEquals("", log.updateChangedByOtherProperty().get());
    }
}
