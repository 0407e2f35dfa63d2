package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;

/** The meeting forms refuse control characters by field, next to their other checks. */
class ControlCharacterInputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void aMeetingPlaceWithAControlCharacterIsRefusedUnderThePlace() {
        var form = new MeetingFormViewModel();
        form.clear(DAY, ProtectiveMarking.OFFICIAL);
        form.placeProperty().set("10 Whitehall\u000B");
        form.slotMinutesProperty().set("lots");

        assertNull(form.toMeeting());
        assertTrue(form.errors().of("place").get().contains("U+000B"), form.errors().of("place").get());
        assertTrue(!form.errors().of("slotMinutes").get().isEmpty(), "the other problems are shown with it");
    }

    @Test
    void anAgendaItemsTitleAndCoverSheetAreChecked() {
        var form = new AgendaItemFormViewModel();
        form.clear(1, 1, ProtectiveMarking.OFFICIAL);
        form.titleProperty().set("Cloud\u0001 hosting");
        form.purposeProperty().set(ItemPurpose.DECISION);
        form.summaryProperty().set("Fine");
        form.recommendationsProperty().set("The network is asked\u001F");

        assertNull(form.toItem());
        assertTrue(form.errors().of("title").get().contains("U+0001"));
        assertTrue(form.errors().of("recommendations").get().contains("U+001F"));
        assertEquals("", form.errors().of("summary").get());
    }

    @Test
    void anActionsDescriptionWithAControlCharacterIsRefused() {
        var form = new ActionFormViewModel();
        Meeting meeting = Meeting.plan(DAY, LocalTime.of(10, 0), 120, "Room", null, ProtectiveMarking.OFFICIAL);
        form.clear(meeting);
        form.descriptionProperty().set("Share the plan\u0008");

        assertNull(form.toAction(meeting, null));
        assertTrue(form.errors().of("description").get().contains("U+0008"));
    }
}
