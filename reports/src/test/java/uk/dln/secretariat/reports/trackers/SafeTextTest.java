package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "=SUM(A1:A2)|true", "+44 20 7946 0000|true", "-2 days|true", "@SUM(A1)|true", "Plain text|false",
        "2 = 2|false", "''|false"})
    void textStartingWithAFormulaCharacterIsGuarded(String text, boolean guarded) {
        assertEquals(guarded, SafeText.looksLikeFormula(text));
    }
}
