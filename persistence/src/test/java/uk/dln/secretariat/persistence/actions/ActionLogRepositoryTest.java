package uk.dln.secretariat.persistence.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;

class ActionLogRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Workspace workspace;
    private Action first;
    private Action second;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        var october = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 10, 22), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        first = workspace.actions().raise(Action.raise("Share guidance", owner.id(), dsit.id(), october.id(), null,
                october.date(), LocalDate.of(2026, 11, 20)));
        second = workspace.actions().raise(Action.raise("Draft strategy", owner.id(), dsit.id(), october.id(), null,
                october.date(), LocalDate.of(2027, 1, 31)));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theLogCarriesNamesTheMeetingAndTheLatestUpdateOfEveryAction() {
        workspace.actions().addUpdate(new ActionUpdate(0, first.id(), LocalDate.of(2026, 11, 1), first.ownerId(),
                "Drafted"));
        workspace.actions().addUpdate(new ActionUpdate(0, first.id(), LocalDate.of(2026, 11, 15), first.ownerId(),
                "Sent for comment"));

        var log = workspace.actions().log();

        assertEquals(List.of(second.reference(), first.reference()),
                log.stream().map(e -> e.action().reference()).toList());
        var entry = log.get(1);
        assertEquals("Priya Shah", entry.ownerName());
        assertEquals("DSIT", entry.organisationShortName());
        assertEquals(LocalDate.of(2026, 10, 22), entry.meetingOn());
        assertEquals("Sent for comment", entry.latestUpdate().text());
        assertNull(log.get(0).latestUpdate());
    }

    @Test
    void changingStatusRecordsTheUpdateDatedTodayInTheSameStep() {
        workspace.actions().changeStatus(first.id(), ActionStatus.CLOSED, "Guidance published");

        var entry = workspace.actions().log().get(1);
        assertEquals(ActionStatus.CLOSED, entry.action().status());
        assertEquals(TODAY, entry.action().closedOn());
        assertEquals(new ActionUpdate(entry.latestUpdate().id(), first.id(), TODAY, first.ownerId(),
                uk.dln.secretariat.persistence.audit.AuditStamping.currentUser(), "Guidance published"),
                entry.latestUpdate());
    }

    @Test
    void aStatusReachedOnAPastDayKeepsThatDayAsItsClosingDate() {
        workspace.actions().changeStatusOn(first.id(), ActionStatus.CLOSED, LocalDate.of(2026, 11, 12));

        var closed = workspace.actions().log().stream().filter(e -> e.action().id() == first.id()).findFirst()
                .orElseThrow().action();
        assertEquals(ActionStatus.CLOSED, closed.status());
        assertEquals(LocalDate.of(2026, 11, 12), closed.closedOn());
    }

    @Test
    void closingWithoutAnUpdateIsRefusedWhenTheNetworkRequiresOne() {
        workspace.settings().save(workspace.settings().load().withClosingUpdateRequired(true));

        var refused = assertThrows(ValidationException.class,
                () -> workspace.actions().changeStatuses(List.of(first.id(), second.id()), ActionStatus.CLOSED, " "));

        assertEquals("actions.error.closingUpdateRequired", refused.problems().get(0).messageKey());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.OPEN),
                workspace.actions().log().stream().map(e -> e.action().status()).toList());
    }

    @Test
    void closingWithoutAnUpdateIsAllowedWhenTheNetworkDoesNotRequireOne() {
        workspace.actions().changeStatus(first.id(), ActionStatus.CLOSED, "");

        assertEquals(ActionStatus.CLOSED, workspace.actions().log().get(1).action().status());
    }

    @Test
    void aBulkChangeMovesEveryActionAndNotesEachOne() {
        workspace.actions().changeStatuses(List.of(first.id(), second.id()), ActionStatus.PROPOSED_FOR_CLOSURE,
                "Done, awaiting agreement");

        assertEquals(List.of(ActionStatus.PROPOSED_FOR_CLOSURE, ActionStatus.PROPOSED_FOR_CLOSURE),
                workspace.actions().log().stream().map(e -> e.action().status()).toList());
        assertEquals(1, workspace.actions().updates(second.id()).size());
    }

    @Test
    void aBulkChangeIncludingAMissingActionChangesNothing() {
        assertThrows(ValidationException.class, () -> workspace.actions().changeStatuses(
                List.of(first.id(), 999L), ActionStatus.IN_PROGRESS, "Started"));

        assertEquals(ActionStatus.OPEN, workspace.actions().log().get(1).action().status());
        assertEquals(List.of(), workspace.actions().updates(first.id()));
    }
}
