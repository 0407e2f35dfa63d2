package uk.dln.secretariat.model.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.model.roadmaps.RoadmapFixtures.SR2025;
import static uk.dln.secretariat.model.roadmaps.RoadmapFixtures.milestone;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

class MilestoneTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 30);

    @Test
    void slippageIsTheForecastLessTheBaselineInDays() {
        assertEquals(31, milestone("Go live", BASELINE, LocalDate.of(2026, 10, 31), DeliveryConfidence.AMBER)
                .slippageDays());
    }

    @Test
    void aForecastAheadOfTheBaselineIsNegativeSlippage() {
        assertEquals(-29, milestone("Go live", BASELINE, LocalDate.of(2026, 9, 1), DeliveryConfidence.GREEN)
                .slippageDays());
    }

    @Test
    void onceMetTheActualDateDecidesTheSlippage() {
        var met = new Milestone(0, 1, "Go live", "", "", BASELINE, LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 10, 10), MilestoneStatus.COMPLETE, DeliveryConfidence.GREEN, Set.of());
        assertEquals(10, met.slippageDays());
    }

    @Test
    void aClosedMilestoneIsNeverSlippedBeyondTheThreshold() {
        var cancelled = new Milestone(0, 1, "Go live", "", "", BASELINE, BASELINE.plusDays(200), null,
                MilestoneStatus.CANCELLED, DeliveryConfidence.RED, Set.of());
        assertFalse(cancelled.slippedBeyond(30));
        assertTrue(milestone("Go live", BASELINE, BASELINE.plusDays(31), DeliveryConfidence.RED).slippedBeyond(30));
        assertFalse(milestone("Go live", BASELINE, BASELINE.plusDays(30), DeliveryConfidence.RED).slippedBeyond(30));
    }

    @Test
    void aForecastBeforeThePeriodStartsIsAProblemOnTheForecast() {
        var early = milestone("Go live", BASELINE, LocalDate.of(2026, 3, 31), DeliveryConfidence.GREEN);
        assertEquals(Set.of(Problem.of("forecastDate", "roadmaps.error.beforePeriod", "SR2025",
                LocalDate.of(2026, 4, 1))), Set.copyOf(early.problemsWithin(SR2025)));
    }

    @Test
    void aCompleteMilestoneNeedsItsActualDate() {
        var error = assertThrows(ValidationException.class, () -> new Milestone(0, 1, "Go live", "", "", BASELINE,
                BASELINE, null, MilestoneStatus.COMPLETE, DeliveryConfidence.GREEN, Set.of()));
        assertEquals("actualDate", error.problems().get(0).field());
    }

    @Test
    void aMilestoneCannotDependOnItself() {
        var error = assertThrows(ValidationException.class, () -> new Milestone(7, 1, "Go live", "", "", BASELINE,
                BASELINE, null, MilestoneStatus.NOT_STARTED, DeliveryConfidence.GREEN, Set.of(7L)));
        assertEquals("roadmaps.error.dependsOnItself", error.messageKey());
    }
}
