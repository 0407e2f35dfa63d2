package uk.dln.secretariat.model.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.time.Quarter;

class TargetLineTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    // From 40% to 80% over two years: about 5 points a quarter.
    private final Indicator uptake = new Indicator(1, 1, "Online uptake", "%", IndicatorDirection.HIGHER_IS_BETTER,
            new BigDecimal("40"), new BigDecimal("80"), LocalDate.of(2028, 4, 1));
    private final Indicator waiting = new Indicator(2, 1, "Days to decision", "days",
            IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("60"), new BigDecimal("20"), LocalDate.of(2028, 4, 1));

    private static IndicatorReading reading(String quarter, String value) {
        return new IndicatorReading(1, Quarter.parse(quarter), new BigDecimal(value), "");
    }

    @Test
    void theLineRunsFromBaselineToTargetAndStaysAtTheTarget() {
        var line = new TargetLine(uptake, START);
        assertEquals(0, new BigDecimal("40").compareTo(line.expectedOn(START)));
        assertEquals(0, new BigDecimal("80").compareTo(line.expectedOn(LocalDate.of(2028, 4, 1))));
        assertEquals(0, new BigDecimal("80").compareTo(line.expectedOn(LocalDate.of(2029, 1, 1))));
    }

    @Test
    void aReadingAboveTheLineIsOnTrackWhenHigherIsBetter() {
        var line = new TargetLine(uptake, START);
        // At the end of 2026-27 Q2 the line stands near 50.
        assertEquals(IndicatorTrack.ON_TRACK, line.track(List.of(reading("2026-27 Q2", "51"))));
        assertEquals(IndicatorTrack.OFF_TRACK, line.track(List.of(reading("2026-27 Q2", "48"))));
    }

    @Test
    void aReadingBelowTheLineIsOnTrackWhenLowerIsBetter() {
        var line = new TargetLine(waiting, START);
        assertEquals(IndicatorTrack.ON_TRACK, line.track(List.of(reading("2026-27 Q2", "49"))));
        assertEquals(IndicatorTrack.OFF_TRACK, line.track(List.of(reading("2026-27 Q2", "55"))));
    }

    @Test
    void onlyTheLatestReadingCounts() {
        var line = new TargetLine(uptake, START);
        var readings = List.of(reading("2027-28 Q1", "45"), reading("2026-27 Q1", "70"));
        assertEquals(IndicatorTrack.OFF_TRACK, line.track(readings));
    }

    @Test
    void withoutReadingsThereIsNoJudgement() {
        assertEquals(IndicatorTrack.NO_READINGS, new TargetLine(uptake, START).track(List.of()));
    }

    @Test
    void aTargetThatPointsTheWrongWayIsRefused() {
        var error = assertThrows(ValidationException.class, () -> new Indicator(0, 1, "Uptake", "%",
                IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("40"), new BigDecimal("30"), START));
        assertEquals("roadmaps.error.targetDirection", error.messageKey());
    }
}
