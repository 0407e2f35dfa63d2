package uk.dln.secretariat.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

class TypedDateTest {

    @ParameterizedTest
    @CsvSource({"28/02/2027, 2027-02-28", "3/12/2026, 2026-12-03", "03-12-2026, 2026-12-03",
            "2026-12-03, 2026-12-03", "29/02/2028, 2028-02-29", " 1/1/2027 , 2027-01-01", "31.12.2026, 2026-12-31"})
    void datesPeopleTypeAreRead(String typed, LocalDate expected) {
        assertEquals(expected, TypedDate.parse("due", typed));
    }

    @Test
    void theThirtyFirstOfFebruaryIsRefusedWithTheMonthsLength() {
        var refused = assertThrows(ValidationException.class, () -> TypedDate.parse("due", "31/02/2027"));
        assertEquals(List.of(Problem.of("due", "date.error.noSuchDay", "31/02/2027", 2, "2027", 28)),
                refused.problems());
    }

    @ParameterizedTest
    @CsvSource({"31/04/2027, 4, 30", "29/02/2027, 2, 28", "30/02/2028, 2, 29", "0/5/2027, 5, 31",
            "2027-02-31, 2, 28"})
    void aDayTheMonthDoesNotHaveIsRefused(String typed, int month, int days) {
        Problem problem = TypedDate.problem("due", typed).orElseThrow();
        assertEquals("date.error.noSuchDay", problem.messageKey());
        assertEquals(month, problem.arguments().get(1));
        assertEquals(days, problem.arguments().get(3));
    }

    @Test
    void monthThirteenIsRefused() {
        assertEquals("date.error.noSuchMonth", TypedDate.problem("due", "12/13/2027").orElseThrow().messageKey());
    }

    @ParameterizedTest
    @CsvSource({"tomorrow", "31/02", "2027/02/31x", "1/1/27"})
    void textThatIsNoDateAtAllIsRefused(String typed) {
        assertEquals("date.error.unreadable", TypedDate.problem("due", typed).orElseThrow().messageKey());
    }

    @Test
    void blankTextIsNoDateAndNoProblem() {
        assertNull(TypedDate.parse("due", "  "));
        assertTrue(TypedDate.acceptable(""));
    }

    @Test
    void datesAreShownAsTheyAreTyped() {
        assertEquals("3/12/2026", TypedDate.format(LocalDate.of(2026, 12, 3)));
    }
}
