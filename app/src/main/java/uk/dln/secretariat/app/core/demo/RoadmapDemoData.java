package uk.dln.secretariat.app.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Demonstration roadmaps: one per department for the latest Spending Review period, with milestones (some slipped,
 * some red), indicators with quarterly readings, and risks (some overdue for review). Varied by the department's
 * place in the list so that no two look alike, and the same on every run. A department that already has a roadmap
 * for the period is left alone.
 */
public final class RoadmapDemoData {

    private static final String[] MILESTONES = {
        "Departmental digital strategy published",
        "Legacy case-management system switched off",
        "Citizen services moved to GOV.UK One Login",
        "Departmental data platform live",
        "Hosting migrated to the cloud",
        "Digital skills programme reaches every team",
    };
    private static final int[] MONTHS = {5, 11, 19, 29};
    private static final int[] SLIP = {0, 0, 45, 0, 120, -14, 0};
    private static final String[][] RISKS = {
        {"Key supplier contract ends before its replacement is ready", "Extend the contract by twelve months"},
        {"Not enough data engineers to build the platform", "Joint recruitment campaign with other departments"},
        {"Outage of the legacy system during migration", "Run old and new systems in parallel for a quarter"},
    };

    /** @return how many roadmaps were added */
    public int fill(WorkspaceData workspace, LocalDate today) {
        var periods = workspace.roadmaps().periods().findAll();
        if (periods.isEmpty()) {
            return 0;
        }
        SpendingReviewPeriod period = periods.get(periods.size() - 1);
        int added = 0;
        int index = 0;
        for (Organisation organisation : workspace.organisations().findAll()) {
            if (!organisation.member() || organisation.kind() == OrganisationKind.AGENCY
                    || organisation.kind() == OrganisationKind.CENTRAL_UNIT) {
                continue;
            }
            index++;
            if (workspace.roadmaps().roadmaps().find(organisation.id(), period.id()).isEmpty()) {
                addRoadmap(workspace, organisation, period, index, today);
                added++;
            }
        }
        return added;
    }

    private static void addRoadmap(WorkspaceData workspace, Organisation organisation, SpendingReviewPeriod period,
                                   int index, LocalDate today) {
        var roadmap = workspace.roadmaps().roadmaps().save(new Roadmap(0, organisation.id(), period.id(),
                organisation.shortName() + " digital, data and technology strategy " + period.firstYear().label()
                        + " to " + period.lastYear().label(),
                "How " + organisation.name() + " will modernise its services and systems over " + period.code() + ".",
                "https://www.gov.uk/government/publications", period.start().plusMonths(2)));
        var milestones = new ArrayList<Milestone>();
        for (int k = 0; k < MONTHS.length; k++) {
            LocalDate baseline = period.start().plusMonths(MONTHS[k]).minusDays(1);
            int slip = SLIP[(index * 3 + k) % SLIP.length];
            LocalDate forecast = baseline.plusDays(slip);
            DeliveryConfidence confidence = slip >= 100 ? DeliveryConfidence.RED
                    : slip > 0 || (index + k) % 5 == 0 ? DeliveryConfidence.AMBER : DeliveryConfidence.GREEN;
            boolean met = forecast.isBefore(today) && slip <= 0;
            MilestoneStatus status = met ? MilestoneStatus.COMPLETE
                    : baseline.isBefore(today.plusMonths(9)) ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.NOT_STARTED;
            Set<Long> dependsOn = k == 3 ? Set.of(milestones.get(2).id()) : Set.of();
            milestones.add(workspace.roadmaps().milestones().save(new Milestone(0, roadmap.id(),
                    MILESTONES[(index + k) % MILESTONES.length], "", "Deputy Director, " + organisation.shortName(),
                    baseline, forecast, met ? forecast : null, status, confidence, dependsOn)));
        }
        addIndicators(workspace, roadmap, period, index, today);
        for (int r = 0; r < RISKS.length; r++) {
            int likelihood = 1 + (index + r * 2) % 5;
            int impact = 2 + (index * 2 + r) % 4;
            LocalDate review = (index + r) % 5 == 0 ? today.minusDays(12 + r * 5) : today.plusDays(20 + r * 10);
            workspace.roadmaps().risks().save(new Risk(0, roadmap.id(), RISKS[r][0], "", "Chief Digital Officer",
                    likelihood, impact, RISKS[r][1], RiskStatus.OPEN, review,
                    r == 0 ? Set.of(milestones.get(1).id()) : Set.of()));
        }
    }

    private static void addIndicators(WorkspaceData workspace, Roadmap roadmap, SpendingReviewPeriod period, int index,
                                      LocalDate today) {
        var indicators = workspace.roadmaps().indicators();
        var online = indicators.save(new Indicator(0, roadmap.id(), "Transactions completed online", "%",
                IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal(50 + index % 10), new BigDecimal("85"),
                period.end()));
        var days = indicators.save(new Indicator(0, roadmap.id(), "Average days to a decision", "days",
                IndicatorDirection.LOWER_IS_BETTER, new BigDecimal(40 + index % 7), new BigDecimal("20"),
                period.end()));
        // Some departments run ahead of their line and some behind, so both verdicts appear.
        int pace = index % 3;
        int n = 0;
        for (Quarter quarter : quarters(period, today)) {
            n++;
            var up = online.baseline().add(BigDecimal.valueOf(n * (1 + pace)));
            var down = days.baseline().subtract(BigDecimal.valueOf(n * (pace == 0 ? 0.5 : 2.5)));
            indicators.saveReading(new IndicatorReading(online.id(), quarter, up, ""));
            indicators.saveReading(new IndicatorReading(days.id(), quarter, down, ""));
        }
    }

    /** The period's quarters that have ended by today. */
    private static List<Quarter> quarters(SpendingReviewPeriod period, LocalDate today) {
        return period.quarters().stream().filter(q -> q.end().isBefore(today)).toList();
    }
}
