package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

class MeetingTest {

    @Test
    void needsAPlaceOrAVideoLink() {
        var error = assertThrows(ValidationException.class, () -> Meeting.plan(LocalDate.of(2026, 11, 26),
                LocalTime.of(10, 0), 120, " ", null, ProtectiveMarking.OFFICIAL));
        assertEquals("meetings.error.placeOrLink", error.messageKey());
    }

    @Test
    void refusesASlotTooShortToMeetIn() {
        var error = assertThrows(ValidationException.class, () -> Meeting.plan(LocalDate.of(2026, 11, 26),
                LocalTime.of(10, 0), 5, "Room 1", null, ProtectiveMarking.OFFICIAL));
        assertEquals("slotMinutes", error.problems().get(0).field());
    }

    @Test
    void endsWhenItsSlotEnds() {
        var meeting = Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 90, "Room 1", null,
                ProtectiveMarking.OFFICIAL);
        assertEquals(LocalTime.of(11, 30), meeting.endsAt().toLocalTime());
    }
}
