package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;

class PaperReferenceTest {

    @Test
    void printsPrefixTwoDigitYearMeetingAndPaperWithLeadingZeros() {
        assertEquals("DLN(26)11/04", new PaperReference("DLN", 2026, 11, 4).toString());
        assertEquals("DLN(27)01/01", new PaperReference("DLN", 2027, 1, 1).toString());
    }

    @Test
    void readsBackWhatItPrints() {
        assertEquals(new PaperReference("DLN", 26, 11, 4), PaperReference.parse(" DLN(26)11/04 "));
    }

    @Test
    void refusesTextThatIsNotAReferenceNamingIt() {
        var error = assertThrows(ValidationException.class, () -> PaperReference.parse("DLN 26/11"));
        assertEquals("meetings.error.paperReference", error.messageKey());
        assertEquals("DLN 26/11", error.arguments().get(0));
    }
}
