package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.util.Set;
import uk.dln.secretariat.model.time.FinancialYear;

/** Records for tests, with only what a test cares about spelled out. */
final class RoadmapFixtures {

    static final SpendingReviewPeriod SR2025 =
            new SpendingReviewPeriod(1, "SR2025", new FinancialYear(2026), new FinancialYear(2028));

    private RoadmapFixtures() {
    }

    static Milestone milestone(String title, LocalDate baseline, LocalDate forecast, DeliveryConfidence confidence) {
        return new Milestone(0, 1, title, "", "", baseline, forecast, null, MilestoneStatus.IN_PROGRESS, confidence,
                Set.of());
    }

    static Risk risk(String title, int likelihood, int impact, LocalDate review) {
        return new Risk(0, 1, title, "", "", likelihood, impact, "", RiskStatus.OPEN, review, Set.of());
    }
}
