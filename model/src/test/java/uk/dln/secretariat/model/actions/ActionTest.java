package uk.dln.secretariat.model.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;

class ActionTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 26);

    @Test
    void referenceNamesYearMeetingAndSequence() {
        assertEquals("A26/11/03", new ActionReference(2026, 11, 3).toString());
    }

    @Test
    void refusesADueDateBeforeTheMeetingThatRaisedIt() {
        var error = assertThrows(ValidationException.class, () -> Action.raise("Share the cloud guidance", 1, 1, 1,
                null, MEETING_DAY, MEETING_DAY.minusDays(1)));
        assertEquals("actions.error.dueBeforeRaised", error.messageKey());
    }

    @Test
    void refusesAnEmptyDescription() {
        var error = assertThrows(ValidationException.class,
                () -> Action.raise("  ", 1, 1, 1, null, MEETING_DAY, MEETING_DAY));
        assertEquals("description", error.problems().get(0).field());
    }

    @Test
    void isOverdueOnlyAfterItsDueDateWhileLive() {
        var action = Action.raise("Share the cloud guidance", 1, 1, 1, null, MEETING_DAY, MEETING_DAY.plusDays(7));
        assertFalse(action.isOverdueOn(MEETING_DAY.plusDays(7)));
        assertTrue(action.isOverdueOn(MEETING_DAY.plusDays(8)));
        var closed = new Action(1, "A26/11/01", "Done", 1, 1, 1, null, MEETING_DAY, MEETING_DAY.plusDays(7),
                ActionStatus.CLOSED, MEETING_DAY.plusDays(3));
        assertFalse(closed.isOverdueOn(MEETING_DAY.plusDays(30)));
    }
}
