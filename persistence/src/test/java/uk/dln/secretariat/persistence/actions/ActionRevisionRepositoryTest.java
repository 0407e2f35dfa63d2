package uk.dln.secretariat.persistence.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionRevision;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.Workspace;

class ActionRevisionRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate JAN_28 = LocalDate.of(2027, 1, 28);

    @TempDir
    Path folder;

    private Workspace workspace;
    private Meeting october;
    private Action action;
    private Leader other;
    private Organisation hmrc;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        hmrc = workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        other = workspace.leaders().save(Leader.create("Tom Evans"));
        october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        action = workspace.actions().raise(Action.raise("Share guidance", owner.id(), dsit.id(), october.id(), null,
                october.date(), DEC_3));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void aNewDueDateIsKeptWithItsReasonAndTheDateItReplaced() {
        workspace.actions().correct(action.id(), new ActionCorrection("Share guidance", action.ownerId(),
                action.organisationId(), JAN_28, "awaiting the spending review"));

        assertEquals(JAN_28, workspace.actions().find(action.id()).orElseThrow().dueOn());
        List<ActionRevision> history = workspace.actions().revisions(action.id());
        assertEquals(1, history.size());
        assertTrue(history.get(0).movedDue());
        assertEquals(DEC_3, history.get(0).dueBefore());
        assertEquals(JAN_28, history.get(0).dueAfter());
        assertEquals("awaiting the spending review", history.get(0).reason());
        assertEquals(Map.of(action.id(), DEC_3), workspace.actions().originalDueDates(List.of(action.id())));
    }

    @Test
    void theActionLogSaysWhichDueDateWasFirstAgreedAfterTheDateHasMovedTwice() {
        workspace.actions().correct(action.id(), new ActionCorrection("Share guidance", action.ownerId(),
                action.organisationId(), JAN_28, "awaiting the spending review"));
        workspace.actions().correct(action.id(), new ActionCorrection("Share guidance", action.ownerId(),
                action.organisationId(), JAN_28.plusMonths(1), "supplier late"));

        var entry = workspace.actions().log(TODAY).get(0);
        assertEquals(DEC_3, entry.dueRevisedFrom());
        assertEquals(october.date(), entry.meetingOn());
        assertEquals(entry, workspace.actions().log().get(0));
    }

    @Test
    void aNewDueDateWithoutAReasonIsRefusedAndNothingChanges() {
        var refused = assertThrows(ValidationException.class, () -> workspace.actions().correct(action.id(),
                new ActionCorrection("Share guidance", action.ownerId(), action.organisationId(), JAN_28, " ")));

        assertEquals("reason", refused.problems().get(0).field());
        assertEquals(DEC_3, workspace.actions().find(action.id()).orElseThrow().dueOn());
        assertTrue(workspace.actions().revisions(action.id()).isEmpty());
    }

    @Test
    void wordingOwnerAndOrganisationCanBeCorrected() {
        workspace.actions().correct(action.id(), new ActionCorrection("Share the cloud guidance", other.id(),
                hmrc.id(), DEC_3, ""));

        Action corrected = workspace.actions().find(action.id()).orElseThrow();
        assertEquals("Share the cloud guidance", corrected.description());
        assertEquals(other.id(), corrected.ownerId());
        assertEquals(hmrc.id(), corrected.organisationId());
        assertEquals("Priya Shah", workspace.actions().revisions(action.id()).get(0).ownerNameBefore());
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        long before = workspace.audit().find(AuditQuery.all()).size();

        workspace.actions().correct(action.id(), new ActionCorrection("Share guidance", action.ownerId(),
                action.organisationId(), DEC_3, "no change"));

        assertTrue(workspace.actions().revisions(action.id()).isEmpty());
        assertEquals(before, workspace.audit().find(AuditQuery.all()).size());
    }

    @Test
    void aWithdrawnActionLeavesTheLogAndDraftMinutesAndStaysInTheAuditTrail() {
        workspace.actions().withdraw(action.id(), "raised in error: a duplicate of A26/10/01");

        assertTrue(workspace.actions().log().isEmpty());
        assertTrue(workspace.actions().log(TODAY.minusYears(1)).isEmpty());
        assertTrue(workspace.actions().forMeeting(october.id()).isEmpty());
        assertTrue(workspace.actions().openDueBy(JAN_28).isEmpty());
        var revision = workspace.actions().revisions(action.id()).get(0);
        assertEquals(ActionRevision.Kind.WITHDRAWN, revision.kind());
        assertEquals("raised in error: a duplicate of A26/10/01", revision.reason());
        assertTrue(workspace.audit().find(AuditQuery.all()).stream()
                .anyMatch(e -> e.table().equals("action_revision")
                        && e.changes().stream().anyMatch(c -> "WITHDRAWN".equals(c.after()))));
        assertTrue(workspace.audit().find(AuditQuery.record("action", String.valueOf(action.id()))).size() > 0);
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefused() {
        assertThrows(ValidationException.class, () -> workspace.actions().withdraw(action.id(), ""));
        assertEquals(1, workspace.actions().log().size());
    }

    @Test
    void approvedMinutesKeepTheActionAsApprovedAfterItIsCorrectedOrWithdrawn() {
        workspace.actions().correct(action.id(), new ActionCorrection("Share the guidance widely",
                action.ownerId(), action.organisationId(), DEC_3, ""));
        for (MeetingStatus step : List.of(MeetingStatus.PAPERS_ISSUED, MeetingStatus.HELD,
                MeetingStatus.MINUTES_APPROVED)) {
            workspace.meetings().moveTo(october.id(), step);
        }

        workspace.actions().correct(action.id(), new ActionCorrection("Share guidance with agencies", other.id(),
                hmrc.id(), JAN_28, "awaiting the spending review"));
        var minuted = workspace.actions().forMeeting(october.id());
        assertEquals("Share the guidance widely", minuted.get(0).action().description());
        assertEquals("Priya Shah", minuted.get(0).ownerName());
        assertEquals("DSIT", minuted.get(0).organisationShortName());
        assertEquals(DEC_3, minuted.get(0).action().dueOn());

        workspace.actions().withdraw(action.id(), "raised in error");
        assertEquals("Share the guidance widely", workspace.actions().forMeeting(october.id()).get(0).action()
                .description());
        assertFalse(workspace.actions().log().stream().anyMatch(e -> e.action().id() == action.id()));
    }
}
