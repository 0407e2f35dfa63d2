package uk.dln.secretariat.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingGatherer;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.audit.AuditStamping;

/** Updates typed in the action log, credited to whoever wrote them; and an action raised in error, withdrawn. */
class ActionUpdatesAndWithdrawalTest {

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
        log.selectedProperty().set(log.shown().stream().filter(r -> r.id() == action.id()).findFirst()
                .orElseThrow());
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    @Test
    void anUpdateIsCreditedToThePersonWhoWroteItNotTheActionsOwner() {
        log.updateTextProperty().set("Draft shared with departments.");

        log.addUpdate();

        var update = workspace().actions().updates(action.id()).get(0);
        String writer = AuditStamping.currentUser();
        assertEquals(writer, update.writtenBy());
        assertEquals(Messages.get("actions.updates.line", "22 Nov 2026", writer, "Draft shared with departments."),
                log.historyLine(log.updates().get(0)));
        assertTrue(log.historyLine(log.updates().get(0)).contains("by " + writer), log.historyLine(update));
    }

    @Test
    void thePacksActionLogCarriesWhoWroteTheLatestUpdate() {
        log.updateTextProperty().set("Draft shared with departments.");
        log.addUpdate();

        var entry = new MeetingGatherer(workspace()).log(TODAY.minusMonths(1)).stream()
                .filter(e -> e.action().id() == action.id()).findFirst().orElseThrow();

        assertEquals(AuditStamping.currentUser(), entry.updatedBy());
        assertEquals("Draft shared with departments.", entry.latestUpdateText());
    }

    @Test
    void anActionRaisedInErrorIsWithdrawnWithItsReasonAndLeavesTheLogButNotTheAuditTrail() {
        var correction = log.correction();
        correction.reasonProperty().set("raised twice at the October meeting");
        dialogs.confirmations.add(true);

        correction.withdraw();

        assertFalse(log.shown().stream().anyMatch(r -> r.id() == action.id()), "withdrawn actions leave the log");
        assertFalse(workspace().actions().log().stream().anyMatch(e -> e.action().id() == action.id()));
        assertFalse(workspace().audit().history("action", String.valueOf(action.id())).isEmpty());
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAndOneDeclinedChangesNothing() {
        var correction = log.correction();

        correction.withdraw();

        assertEquals(Messages.get("actions.error.reasonForWithdrawal"),
                correction.errors().of("reason").get());
        correction.reasonProperty().set("raised twice");
        dialogs.confirmations.add(false);
        correction.withdraw();
        assertTrue(workspace().actions().log().stream().anyMatch(e -> e.action().id() == action.id()));
    }
}
