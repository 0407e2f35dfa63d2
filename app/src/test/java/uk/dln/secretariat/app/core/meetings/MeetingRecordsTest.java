package uk.dln.secretariat.app.core.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.persistence.Workspace;

/** The meetings' use cases, called as the window and a command would call them, on a real workspace file. */
class MeetingRecordsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MeetingRecords meetings;
    private AgendaEditing agenda;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        meetings = new MeetingRecords(workspace.data());
        agenda = new AgendaEditing(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Meeting plan() {
        return meetings.save(Meeting.plan(LocalDate.of(2026, 12, 3), LocalTime.of(10, 0), 120, "10 Whitehall", null,
                ProtectiveMarking.OFFICIAL));
    }

    @Test
    void aNewMeetingStartsWithTheStandingItemsInTheUsualOrder() {
        Meeting meeting = plan();

        assertEquals(Stream.of(StandingItem.values()).toList(), meetings.detail(meeting.id()).items().stream()
                .map(AgendaItem::standing).toList());
    }

    @Test
    void aStepFromAMeetingAsShownBeforeSomeoneElsesChangeIsRefused() {
        Meeting shown = plan();
        meetings.save(new Meeting(shown.id(), shown.number(), shown.date(), shown.startTime(), 90, shown.place(),
                "", null, shown.kind(), shown.status(), shown.marking(), shown.version()));

        var refused = assertThrows(SecretariatException.class, () -> meetings.moveTo(shown,
                MeetingStatus.PAPERS_ISSUED));

        assertEquals("record.error.changedByOther", refused.messageKey());
        assertEquals(MeetingStatus.PLANNED, meetings.detail(shown.id()).meeting().status());
    }

    @Test
    void anItemMovedAsShownGoesFirstAndAStaleCopyOfItCannotBeDeleted() {
        Meeting meeting = plan();
        AgendaItem last = meetings.detail(meeting.id()).items().get(5);

        var order = agenda.move(last, 1);

        assertEquals(last.id(), order.get(0).id());
        assertThrows(SecretariatException.class, () -> agenda.delete(last));
        agenda.delete(order.get(0));
        assertTrue(meetings.detail(meeting.id()).items().stream().noneMatch(item -> item.id() == last.id()));
    }
}
