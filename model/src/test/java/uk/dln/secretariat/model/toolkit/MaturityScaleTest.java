package uk.dln.secretariat.model.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.model.ValidationException;

class MaturityScaleTest {

    @ParameterizedTest
    @CsvSource({"1, NOT_STARTED", "Not started, NOT_STARTED", "developing, DEVELOPING", "3, ESTABLISHED",
            "EMBEDDED, EMBEDDED", "N/A, NOT_APPLICABLE", "not-applicable, NOT_APPLICABLE"})
    void aLevelIsReadFromItsNumberOrItsName(String text, MaturityLevel expected) {
        assertEquals(Optional.of(expected), MaturityLevel.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "Excellent", "", "4.5"})
    void aLevelOutsideTheScaleIsNotRead(String text) {
        assertTrue(MaturityLevel.parse(text).isEmpty());
    }

    @Test
    void notApplicableWithoutAReasonIsRefusedNamingTheReasonField() {
        var refused = assertThrows(ValidationException.class, () -> new ApproachRating(1, 2, 3,
                MaturityLevel.NOT_APPLICABLE, " ", "", "", "", null));
        assertEquals("notApplicableReason", refused.problems().get(0).field());
    }

    @Test
    void aRatingWithoutALevelIsRefusedNamingTheLevelField() {
        var refused = assertThrows(ValidationException.class, () -> ApproachRating.of(1, 2, 3, null, "evidence"));
        assertEquals("level", refused.problems().get(0).field());
    }

    @Test
    void aReasonIsKeptOnlyForNotApplicable() {
        var rating = new ApproachRating(1, 2, 3, MaturityLevel.DEVELOPING, "old reason", "e", "", "", null);
        assertEquals("", rating.notApplicableReason());
    }

    @Test
    void aRoundWhoseDeadlineComesBeforeItOpensIsRefusedNamingTheDeadline() {
        var refused = assertThrows(ValidationException.class, () -> SelfAssessmentRound.open("Spring 2027",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)));
        assertEquals("deadline", refused.problems().get(0).field());
    }
}
