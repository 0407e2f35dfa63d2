package uk.dln.secretariat.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;

class QuarterTest {

    @Test
    void quarterOneIsAprilToJune() {
        var q1 = new Quarter(new FinancialYear(2026), 1);
        assertEquals(LocalDate.of(2026, 4, 1), q1.start());
        assertEquals(LocalDate.of(2026, 6, 30), q1.end());
    }

    @Test
    void marchIsInTheFourthQuarterOfTheYearBefore() {
        assertEquals(new Quarter(new FinancialYear(2026), 4), Quarter.of(LocalDate.of(2027, 3, 31)));
        assertEquals(new Quarter(new FinancialYear(2026), 2), Quarter.of(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void readsItsLabelForgivingCaseAndSpacing() {
        assertEquals(new Quarter(new FinancialYear(2026), 3), Quarter.parse("2026-27 q3"));
        assertEquals("2026-27 Q3", Quarter.parse("2026-27Q3").label());
    }

    @Test
    void theQuarterAfterTheFourthIsTheFirstOfTheNextYear() {
        assertEquals(new Quarter(new FinancialYear(2027), 1), new Quarter(new FinancialYear(2026), 4).next());
    }

    @Test
    void refusesAFifthQuarter() {
        assertThrows(ValidationException.class, () -> Quarter.parse("2026-27 Q5"));
    }
}
