package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.roadmaps.TimelineLayout.Zoom;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;

class TimelineLayoutTest {

    private static final SpendingReviewPeriod SR2025 =
            new SpendingReviewPeriod(1, "SR2025", new FinancialYear(2026), new FinancialYear(2028));
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static Milestone milestone(long id, LocalDate baseline, LocalDate forecast, Long... dependsOn) {
        return new Milestone(id, 1, "M" + id, "", "", baseline, forecast, null, MilestoneStatus.IN_PROGRESS,
                DeliveryConfidence.AMBER, Set.of(dependsOn));
    }

    private static OrganisationRoadmap roadmap(String name, Milestone... milestones) {
        return new OrganisationRoadmap(name, new Roadmap(1, 1, 1, "s", "", "", null), List.of(milestones), List.of());
    }

    @Test
    void thePeriodStartsAtTheEdgeOfTheLabelColumn() {
        var layout = new TimelineLayout(SR2025, List.of(), Zoom.YEARS, START);
        assertEquals(TimelineLayout.LABEL_WIDTH, layout.x(START));
        assertEquals(List.of("2026-27", "2027-28", "2028-29"),
                layout.columns().stream().map(TimelineLayout.Column::label).toList());
    }

    @Test
    void zoomingToQuartersAddsFourQuarterColumnsAYearAndWidensTheChart() {
        var years = new TimelineLayout(SR2025, List.of(), Zoom.YEARS, START);
        var quarters = new TimelineLayout(SR2025, List.of(), Zoom.QUARTERS, START);
        assertEquals(3 + 12, quarters.columns().size());
        LocalDate end = SR2025.end();
        assertTrue(quarters.x(end) - quarters.x(START) > 3 * (years.x(end) - years.x(START)));
    }

    @Test
    void aSlippedMilestoneHasItsForecastToTheRightOfItsBaseline() {
        var slipped = milestone(1, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        var layout = new TimelineLayout(SR2025, List.of(roadmap("HMRC", slipped)), Zoom.YEARS, START);
        var row = layout.rows().get(1);
        assertEquals(92 * 0.6, row.forecastX() - row.baselineX(), 1e-9);
    }

    @Test
    void eachOrganisationHasAHeadingRowAboveItsMilestones() {
        var layout = new TimelineLayout(SR2025, List.of(
                roadmap("DfE", milestone(1, START, START), milestone(2, START, START)),
                roadmap("HMRC", milestone(3, START, START))), Zoom.YEARS, START);
        assertEquals(List.of(true, false, false, true, false),
                layout.rows().stream().map(TimelineLayout.Row::isHeading).toList());
        assertEquals(TimelineLayout.HEADER_HEIGHT + 4 * TimelineLayout.ROW_HEIGHT, layout.rows().get(4).y());
    }

    @Test
    void aDependencyRunsFromTheForecastOfWhatComesFirst() {
        var first = milestone(1, START, LocalDate.of(2026, 6, 30));
        var second = milestone(2, START, LocalDate.of(2026, 12, 31), 1L);
        var layout = new TimelineLayout(SR2025, List.of(roadmap("DfE", first, second)), Zoom.YEARS, START);
        var link = layout.links().get(0);
        assertEquals(layout.x(LocalDate.of(2026, 6, 30)), link.fromX());
        assertEquals(layout.x(LocalDate.of(2026, 12, 31)), link.toX());
        assertTrue(link.toY() > link.fromY());
    }

    @Test
    void todayOutsideTheChartHasNoLine() {
        assertEquals(-1, new TimelineLayout(SR2025, List.of(), Zoom.YEARS, LocalDate.of(2035, 1, 1)).todayX());
        assertEquals(TimelineLayout.LABEL_WIDTH + 10 * 0.6,
                new TimelineLayout(SR2025, List.of(), Zoom.YEARS, START.plusDays(10)).todayX(), 1e-9);
    }

    @Test
    void aForecastBeyondThePeriodWidensTheChartToItsFinancialYear() {
        var late = milestone(1, START, LocalDate.of(2029, 6, 1));
        var layout = new TimelineLayout(SR2025, List.of(roadmap("DfE", late)), Zoom.YEARS, START);
        assertEquals("2029-30", layout.columns().get(layout.columns().size() - 1).label());
    }
}
