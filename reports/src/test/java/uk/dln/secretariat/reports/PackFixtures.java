package uk.dln.secretariat.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.model.time.Quarter;

/** A small pack: three organisations' roadmaps with milestones, indicators and risks, one of them sensitive. */
public final class PackFixtures {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 3);
    public static final String INJECTED = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    public static final SpendingReviewPeriod PERIOD =
            new SpendingReviewPeriod(1, "SR2025", new FinancialYear(2026), new FinancialYear(2028));

    private PackFixtures() {
    }

    public static PackRequest request() {
        return request(EnumSet.allOf(PackSection.class), rows -> { });
    }

    /** @param extra adds rows to each organisation's milestones, for size tests */
    public static PackRequest request(Set<PackSection> sections, java.util.function.Consumer<List<Milestone>> extra) {
        var roadmaps = new ArrayList<OrganisationRoadmap>();
        var indicators = new ArrayList<IndicatorSeries>();
        String[] names = {"HM Revenue and Customs", "Department for Work and Pensions", "Welsh Government"};
        for (int i = 0; i < names.length; i++) {
            long roadmapId = i + 1;
            var roadmap = new Roadmap(roadmapId, i + 1, 1, names[i] + " digital strategy", "", "", DATE.minusYears(1));
            var milestones = new ArrayList<Milestone>(List.of(
                    milestone(roadmapId * 10 + 1, roadmapId, "Replace the case system", LocalDate.of(2026, 12, 1),
                            LocalDate.of(2027, 2, 15), DeliveryConfidence.RED),
                    milestone(roadmapId * 10 + 2, roadmapId, "Open the new online service", LocalDate.of(2027, 1, 10),
                            LocalDate.of(2027, 1, 10), DeliveryConfidence.GREEN),
                    milestone(roadmapId * 10 + 3, roadmapId, "-Retire the mainframe", LocalDate.of(2028, 6, 30),
                            LocalDate.of(2028, 9, 30), DeliveryConfidence.AMBER)));
            extra.accept(milestones);
            var risks = List.of(
                    new Risk(roadmapId * 10 + 1, roadmapId, i == 0 ? INJECTED : "Supplier capacity", "", "CDO", 4, 5,
                            "+Second supplier framework", RiskStatus.OPEN, DATE.minusDays(10), Set.of()),
                    new Risk(roadmapId * 10 + 2, roadmapId, "Skills shortage", "", "@people lead", 3, 3,
                            "Apprenticeships", RiskStatus.OPEN, DATE.plusDays(30), Set.of()));
            roadmaps.add(new OrganisationRoadmap(names[i], roadmap, milestones, risks));
            var online = new Indicator(roadmapId * 10 + 1, roadmapId, "Transactions completed online", "%",
                    IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("40"), new BigDecimal("80"),
                    LocalDate.of(2029, 3, 31));
            var days = new Indicator(roadmapId * 10 + 2, roadmapId, "Average days to a decision", "days",
                    IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("30"), new BigDecimal("10"),
                    LocalDate.of(2028, 3, 31));
            indicators.add(new IndicatorSeries(names[i], online, PERIOD.start(), readings(online.id(), 41, 3 + i)));
            indicators.add(new IndicatorSeries(names[i], days, PERIOD.start(), readings(days.id(), 30, -2)));
        }
        var data = new RoadmapPackData(PERIOD, 30, roadmaps, indicators);
        return new PackRequest("Digital Leaders Network", "Meeting of 3 November 2026", DATE,
                List.of(ProtectiveMarking.OFFICIAL, ProtectiveMarking.parse("OFFICIAL-SENSITIVE"),
                        ProtectiveMarking.OFFICIAL), sections, Optional.of(data));
    }

    public static Milestone milestone(long id, long roadmapId, String title, LocalDate baseline, LocalDate forecast,
                                      DeliveryConfidence confidence) {
        return new Milestone(id, roadmapId, title, "", "Deputy Director", baseline, forecast, null,
                MilestoneStatus.IN_PROGRESS, confidence, Set.of());
    }

    private static List<IndicatorReading> readings(long indicatorId, int start, int step) {
        var readings = new ArrayList<IndicatorReading>();
        Quarter quarter = new Quarter(new FinancialYear(2026), 1);
        for (int q = 0; q < 3; q++) {
            readings.add(new IndicatorReading(indicatorId, quarter, BigDecimal.valueOf(start + (long) step * q), ""));
            quarter = quarter.next();
        }
        return readings;
    }
}
