package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

class AgendaTest {

    private static final Meeting MEETING = Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 60,
            "10 Whitehall", null, ProtectiveMarking.OFFICIAL).withId(7, 11);

    private static AgendaItem item(String title, int minutes, boolean paper, StandingItem standing) {
        return new AgendaItem(0, 7, 0, title, ItemPurpose.DISCUSSION, standing, null, minutes, paper,
                CoverSheet.blank(ProtectiveMarking.OFFICIAL));
    }

    @Test
    void timesEachItemFromTheMeetingsStart() {
        var lines = new Agenda(MEETING, List.of(item("Welcome", 5, false, null), item("Cloud", 25, true, null)))
                .lines("DLN");
        assertEquals(LocalTime.of(10, 5), lines.get(1).start());
        assertEquals(LocalTime.of(10, 30), lines.get(1).end());
    }

    @Test
    void numbersOnlyItemsWithPapersInAgendaOrder() {
        var lines = new Agenda(MEETING, List.of(item("Welcome", 5, false, null), item("Minutes", 5, true, null),
                item("Actions", 5, true, null), item("AOB", 5, false, null))).lines("DLN");
        assertNull(lines.get(0).reference());
        assertEquals("DLN(26)11/01", lines.get(1).reference().toString());
        assertEquals("DLN(26)11/02", lines.get(2).reference().toString());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void warnsWhenTheItemsTakeLongerThanTheSlot() {
        var agenda = new Agenda(MEETING, List.of(item("Cloud", 45, true, null), item("Skills", 25, true, null)));
        assertTrue(agenda.overruns());
        assertEquals(10, agenda.overrunMinutes());
        assertEquals(LocalTime.of(11, 10), agenda.finishesAt());
    }

    @Test
    void fitsWhenTheItemsFillTheSlotExactly() {
        assertFalse(new Agenda(MEETING, List.of(item("Cloud", 60, true, null))).overruns());
    }

    @Test
    void placesANewItemBeforeAnyOtherBusiness() {
        var agenda = new Agenda(MEETING, List.of(item("Welcome", 5, false, StandingItem.WELCOME),
                item("Cloud", 5, false, null), item("AOB", 5, false, StandingItem.ANY_OTHER_BUSINESS),
                item("Next", 5, false, StandingItem.NEXT_MEETING)));
        assertEquals(3, agenda.positionForNewItem());
    }

    @Test
    void refusesAnItemWithNoTitleOrNegativeMinutesNamingBoth() {
        var error = assertThrows(ValidationException.class, () -> item(" ", -5, false, null));
        assertEquals(List.of("title", "minutes"), error.problems().stream().map(p -> p.field()).toList());
        assertEquals("meetings.error.negativeMinutes", error.problems().get(1).messageKey());
    }
}
