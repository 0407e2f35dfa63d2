package uk.dln.secretariat.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;

class FinancialYearTest {

    @Test
    void aYearRunsFromAprilToMarch() {
        var year = new FinancialYear(2026);
        assertEquals(LocalDate.of(2026, 4, 1), year.start());
        assertEquals(LocalDate.of(2027, 3, 31), year.end());
        assertEquals("2026-27", year.label());
    }

    @Test
    void januaryBelongsToTheYearThatStartedTheApril() {
        assertEquals(new FinancialYear(2025), FinancialYear.of(LocalDate.of(2026, 1, 15)));
        assertEquals(new FinancialYear(2026), FinancialYear.of(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void readsItsOwnLabelAndTheCenturyTurn() {
        assertEquals(new FinancialYear(2026), FinancialYear.parse(" 2026-27 "));
        assertEquals(new FinancialYear(2099), FinancialYear.parse("2099-00"));
    }

    @Test
    void refusesALabelWhoseYearsDoNotFollow() {
        var error = assertThrows(ValidationException.class, () -> FinancialYear.parse("2026-28"));
        assertEquals("roadmaps.error.financialYear", error.messageKey());
    }
}
