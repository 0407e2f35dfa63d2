package uk.dln.secretariat.persistence.meetings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.model.meetings.QuorumRule;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.persistence.Workspace;

class MeetingRepositoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void setUp() {
        var clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        workspace = Workspace.open(folder.resolve("w.secretariat"), clock);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Meeting meeting(LocalDate date) {
        return workspace.meetings().save(Meeting.plan(date, LocalTime.of(10, 0), 120, "10 Whitehall", null,
                ProtectiveMarking.OFFICIAL));
    }

    private AgendaItem item(Meeting meeting, String title, StandingItem standing) {
        return workspace.agenda().save(new AgendaItem(0, meeting.id(), 0, title, ItemPurpose.DISCUSSION, standing,
                null, 10, standing == null, CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
    }

    private Meeting approved(Meeting meeting) {
        workspace.meetings().moveTo(meeting.id(), MeetingStatus.PAPERS_ISSUED);
        workspace.meetings().moveTo(meeting.id(), MeetingStatus.HELD);
        return workspace.meetings().moveTo(meeting.id(), MeetingStatus.MINUTES_APPROVED);
    }

    @Test
    void aCoverSheetsContextIsStoredAndReadBackWhole() {
        Meeting meeting = meeting(LocalDate.of(2026, 11, 26));
        var context = new PaperContext(LocalDate.of(2026, 11, 12), "Discussed in outline on 22 October 2026.",
                "HM Treasury and the Crown Commercial Service.", "Within the 2026-27 allocation.",
                "None beyond existing contracts.", "Supplier lock-in if the timetable slips.",
                Publication.PUBLISH_REDACTED);
        var cover = new CoverSheet("Ann Author", "", "", "The network is asked to agree.", ProtectiveMarking.OFFICIAL,
                context);
        AgendaItem saved = workspace.agenda().save(new AgendaItem(0, meeting.id(), 0, "Cloud hosting",
                ItemPurpose.DECISION, null, null, 20, true, cover));

        assertEquals(context, workspace.agenda().items(meeting.id()).stream().filter(i -> i.id() == saved.id())
                .findFirst().orElseThrow().cover().context());
    }

    @Test
    void approvedMinutesRememberTheDayTheyWereApproved() {
        Meeting meeting = approved(meeting(LocalDate.of(2026, 10, 22)));

        assertEquals(java.util.Optional.of(TODAY), workspace.meetings().minutesApprovedOn(meeting.id()));
        assertEquals(java.util.Optional.empty(), workspace.meetings().minutesApprovedOn(
                meeting(LocalDate.of(2026, 11, 26)).id()));
    }

    @Test
    void numbersMeetingsWithinTheirYear() {
        assertEquals(1, meeting(LocalDate.of(2026, 10, 22)).number());
        assertEquals(2, meeting(LocalDate.of(2026, 11, 26)).number());
        assertEquals(1, meeting(LocalDate.of(2027, 1, 28)).number());
    }

    @Test
    void refusesASecondMeetingOnTheSameDayAndStoresNothing() {
        meeting(LocalDate.of(2026, 11, 26));
        var error = assertThrows(ValidationException.class, () -> meeting(LocalDate.of(2026, 11, 26)));
        assertEquals("meetings.error.dateClash", error.messageKey());
        assertEquals(1, workspace.meetings().findAll().size());
    }

    @Test
    void refusesAStepOutsideTheCycle() {
        var meeting = meeting(LocalDate.of(2026, 11, 26));
        var error = assertThrows(ValidationException.class,
                () -> workspace.meetings().moveTo(meeting.id(), MeetingStatus.HELD));
        assertEquals("meetings.error.transition", error.messageKey());
        assertEquals(MeetingStatus.PLANNED, workspace.meetings().find(meeting.id()).orElseThrow().status());
    }

    @Test
    void approvingStampsTheDayAndLocksTheMinutes() {
        var meeting = meeting(LocalDate.of(2026, 11, 12));
        var agendaItem = item(meeting, "Cloud first", null);
        workspace.meetings().saveMinutes(new MeetingMinutes(meeting.id(), "Present: all", "None", List.of(
                new MeetingMinutes.ItemMinutes(agendaItem.id(), "Discussed", "The network agreed the policy."))));
        assertEquals(MeetingStatus.MINUTES_APPROVED, approved(meeting).status());

        var error = assertThrows(ValidationException.class, () -> workspace.meetings().saveMinutes(
                new MeetingMinutes(meeting.id(), "Changed", "", List.of())));
        assertEquals("meetings.error.minutesApproved", error.messageKey());
        assertEquals("Present: all", workspace.meetings().minutes(meeting.id()).attendance());
        assertThrows(ValidationException.class, () -> item(meeting, "Late item", null));
        assertThrows(ValidationException.class, () -> workspace.attendance().replace(meeting.id(), List.of()));
    }

    @Test
    void theNextMeetingFallsOnTheSameWeekOfNextMonthWithTheStandingItems() {
        var november = meeting(LocalDate.of(2026, 11, 26));
        item(november, "Welcome and apologies", StandingItem.WELCOME);
        item(november, "Cloud first", null);
        item(november, "Any other business", StandingItem.ANY_OTHER_BUSINESS);

        var december = workspace.meetings().createNext();

        assertEquals(LocalDate.of(2026, 12, 24), december.date(), "the fourth Thursday");
        assertEquals(MeetingStatus.PLANNED, december.status());
        assertEquals(List.of("Welcome and apologies", "Any other business"),
                workspace.agenda().items(december.id()).stream().map(AgendaItem::title).toList());
    }

    @Test
    void aFifthWeekBecomesTheLastWeekOfTheNextMonth() {
        assertEquals(LocalDate.of(2027, 1, 28), MeetingRepository.sameWeekdayNextMonth(LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2026, 12, 3), MeetingRepository.sameWeekdayNextMonth(LocalDate.of(2026, 11, 5)));
    }

    @Test
    void movingAnItemKeepsPositionsWithoutGaps() {
        var meeting = meeting(LocalDate.of(2026, 11, 26));
        item(meeting, "A", null);
        item(meeting, "B", null);
        var c = item(meeting, "C", null);
        var moved = workspace.agenda().move(c.id(), 1, c.version());
        assertEquals(List.of("C", "A", "B"), moved.stream().map(AgendaItem::title).toList());
        workspace.agenda().delete(moved.get(1).id(), moved.get(1).version());
        assertEquals(List.of(1, 2), workspace.agenda().items(meeting.id()).stream().map(AgendaItem::position).toList());
    }

    @Test
    void keepsPaperFilesInsideTheWorkspaceAndRefusesOversizedOnes() {
        var paper = item(meeting(LocalDate.of(2026, 11, 26)), "Cloud first", null);
        byte[] bytes = "%PDF-1.7 paper".getBytes();
        var stored = workspace.papers().attach(paper.id(), "cloud.pdf", bytes);
        assertArrayEquals(bytes, workspace.papers().content(stored.id()));
        assertEquals(1, workspace.papers().countsForMeeting(paper.meetingId()).get(paper.id()));

        var error = assertThrows(ValidationException.class, () -> workspace.papers().attach(paper.id(), "huge.pdf",
                new byte[(int) PaperFile.MAX_BYTES + 1]));
        assertEquals("meetings.error.fileTooLarge", error.messageKey());
        assertEquals(1, workspace.papers().forItem(paper.id()).size());
    }

    @Test
    void recordsAttendanceLinesAndTheQuorumRule() {
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var meeting = meeting(LocalDate.of(2026, 11, 26));
        var lines = List.of(Attendance.organisation(dsit.id(), null, AttendanceStatus.APOLOGIES));
        workspace.attendance().replace(meeting.id(), lines);
        assertEquals(lines, workspace.attendance().forMeeting(meeting.id()));

        assertEquals(QuorumRule.DEFAULT, workspace.settings().quorumRule());
        workspace.settings().saveQuorumRule(QuorumRule.parse("8"));
        assertEquals(QuorumRule.parse("8"), workspace.settings().quorumRule());
    }

    @Test
    void numbersActionsWithinTheirMeetingAndListsOpenOnesDueByADay() {
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var owner = workspace.leaders().save(Leader.create("Priya Shah"));
        var october = meeting(LocalDate.of(2026, 10, 22));
        meeting(LocalDate.of(2026, 11, 26));
        var first = workspace.actions().raise(Action.raise("Share guidance", owner.id(), dsit.id(), october.id(),
                null, october.date(), LocalDate.of(2026, 11, 20)));
        var second = workspace.actions().raise(Action.raise("Draft strategy", owner.id(), dsit.id(), october.id(),
                null, october.date(), LocalDate.of(2027, 1, 31)));
        assertEquals("A26/01/01", first.reference());
        assertEquals("A26/01/02", second.reference());

        workspace.actions().changeStatus(second.id(), ActionStatus.IN_PROGRESS);
        var due = workspace.actions().openDueBy(LocalDate.of(2026, 11, 26));
        assertEquals(List.of("A26/01/01"), due.stream().map(s -> s.action().reference()).toList());
        assertEquals("Priya Shah", due.get(0).ownerName());

        workspace.actions().changeStatus(first.id(), ActionStatus.CLOSED);
        assertTrue(workspace.actions().openDueBy(LocalDate.of(2026, 11, 26)).isEmpty());
        assertEquals(TODAY, workspace.actions().forMeeting(october.id()).get(0).action().closedOn());
    }
}
