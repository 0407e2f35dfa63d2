package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PLANNED, PAPERS_ISSUED, true",
            "PLANNED, HELD, false",
            "PAPERS_ISSUED, HELD, true",
            "PAPERS_ISSUED, PLANNED, true",
            "HELD, MINUTES_APPROVED, true",
            "HELD, PAPERS_ISSUED, true",
            "HELD, PLANNED, false",
            "MINUTES_APPROVED, HELD, false",
            "PLANNED, MINUTES_APPROVED, false"})
    void allowsOnlyTheStepsOfTheMonthlyCycle(MeetingStatus from, MeetingStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void movesForwardOneStepAndStopsAtApprovedMinutes() {
        assertEquals(MeetingStatus.HELD, MeetingStatus.PAPERS_ISSUED.forward());
        assertNull(MeetingStatus.MINUTES_APPROVED.forward());
    }

    @Test
    void theLastStepCanBeUndoneUntilTheMinutesAreApproved() {
        assertEquals(MeetingStatus.PLANNED, MeetingStatus.PAPERS_ISSUED.back());
        assertEquals(MeetingStatus.PAPERS_ISSUED, MeetingStatus.HELD.back());
        assertNull(MeetingStatus.MINUTES_APPROVED.back());
        assertNull(MeetingStatus.PLANNED.back());
    }

    @Test
    void aMeetingCanBeHeldOnItsDayOrAfterButNotBefore() {
        var day = java.time.LocalDate.of(2026, 11, 26);
        var meeting = new Meeting(1, 1, day, java.time.LocalTime.of(10, 0), 90, "10 Whitehall", "", null,
                MeetingKind.MONTHLY, MeetingStatus.PAPERS_ISSUED,
                uk.dln.secretariat.model.marking.ProtectiveMarking.OFFICIAL);
        assertFalse(meeting.canBeHeldOn(day.minusDays(1)));
        assertTrue(meeting.canBeHeldOn(day));
        assertTrue(meeting.canBeHeldOn(day.plusDays(1)));
    }

    @Test
    void locksMinutesOnlyOnceApproved() {
        assertTrue(MeetingStatus.MINUTES_APPROVED.minutesLocked());
        assertFalse(MeetingStatus.HELD.minutesLocked());
    }
}
