package uk.dln.secretariat.model.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.model.roadmaps.RoadmapFixtures.milestone;
import static uk.dln.secretariat.model.roadmaps.RoadmapFixtures.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport.Entry;

class ExceptionsReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BASELINE = LocalDate.of(2027, 3, 31);
    private static final Roadmap ROADMAP = new Roadmap(1, 1, 1, "Strategy", "", "", null);

    private static OrganisationRoadmap roadmap(String organisation, List<Milestone> milestones, List<Risk> risks) {
        return new OrganisationRoadmap(organisation, ROADMAP, milestones, risks);
    }

    @Test
    void listsRedMilestonesThenSlippageThenOverdueReviews() {
        var report = ExceptionsReport.compute(TODAY, 30, List.of(
                roadmap("HMRC", List.of(milestone("Late", BASELINE, BASELINE.plusDays(45), DeliveryConfidence.AMBER)),
                        List.of(risk("Stale risk", 3, 3, TODAY.minusDays(5)))),
                roadmap("DWP", List.of(milestone("Troubled", BASELINE, BASELINE, DeliveryConfidence.RED)), List.of())));

        assertEquals(List.of(
                new Entry(ExceptionKind.RED_MILESTONE, "DWP", "Troubled", 0),
                new Entry(ExceptionKind.SLIPPAGE, "HMRC", "Late", 45),
                new Entry(ExceptionKind.OVERDUE_REVIEW, "HMRC", "Stale risk", 5)), report.entries());
    }

    @Test
    void slippageAtTheThresholdIsNotAnException() {
        var report = ExceptionsReport.compute(TODAY, 30, List.of(roadmap("HMRC",
                List.of(milestone("On the line", BASELINE, BASELINE.plusDays(30), DeliveryConfidence.GREEN)),
                List.of())));
        assertTrue(report.isEmpty());
    }

    @Test
    void aRedMilestoneThatIsAlsoSlippedAppearsForBothReasons() {
        var report = ExceptionsReport.compute(TODAY, 10, List.of(roadmap("MoJ",
                List.of(milestone("Both", BASELINE, BASELINE.plusDays(20), DeliveryConfidence.RED)), List.of())));
        assertEquals(2, report.entries().size());
    }

    @Test
    void closedMilestonesAndRisksRaiseNothing() {
        var done = new Milestone(0, 1, "Done", "", "", BASELINE, BASELINE.plusDays(90), BASELINE.plusDays(90),
                MilestoneStatus.COMPLETE, DeliveryConfidence.RED, Set.of());
        var closed = new Risk(0, 1, "Gone", "", "", 5, 5, "", RiskStatus.CLOSED, TODAY.minusDays(30), Set.of());
        assertTrue(ExceptionsReport.compute(TODAY, 0, List.of(roadmap("DfE", List.of(done), List.of(closed))))
                .isEmpty());
    }

    @Test
    void theOverallConfidenceIsTheWorstOpenMilestone() {
        var roadmap = roadmap("DfE", List.of(milestone("a", BASELINE, BASELINE, DeliveryConfidence.GREEN),
                milestone("b", BASELINE, BASELINE, DeliveryConfidence.AMBER)), List.of());
        assertEquals(DeliveryConfidence.AMBER, roadmap.overallConfidence().orElseThrow());
    }
}
