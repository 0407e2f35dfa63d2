package uk.dln.secretariat.app.core.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.dln.secretariat.model.directory.Organisation;
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
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Ten years of roadmaps: one per organisation per Spending Review period, milestones re-forecast a few times each
 * (so they have history), indicators read every quarter of their period up to the end of the decade, and risks.
 */
final class RoadmapHistory {

    private static final String[] WORK = {"Move case management to the cloud", "Retire the legacy payments system",
        "Publish the data strategy", "Launch the online application service", "Close the mainframe data centre",
        "Roll out the new identity checks", "Replace the contact centre telephony", "Open the API for partners"};
    private static final String[] RISKS = {"Suppliers cannot deliver on time", "Not enough digital specialists",
        "Legacy data cannot be migrated cleanly", "Funding is not confirmed", "Cyber attack disrupts services"};

    private final WorkspaceData workspace;
    private final SteppingClock clock;
    private final Random random;
    int roadmaps;
    int milestones;
    int changes;
    int indicators;
    int readings;
    int risks;

    RoadmapHistory(WorkspaceData workspace, SteppingClock clock, Random random) {
        this.workspace = workspace;
        this.clock = clock;
        this.random = random;
    }

    void write(List<Organisation> organisations, int milestoneCount, int indicatorCount, int riskCount) {
        List<SpendingReviewPeriod> periods = periods();
        var all = new ArrayList<Roadmap>();
        for (SpendingReviewPeriod period : periods) {
            clock.moveTo(period.start());
            for (Organisation organisation : organisations) {
                all.add(workspace.roadmaps().roadmaps().save(new Roadmap(0, organisation.id(), period.id(),
                        organisation.shortName() + " digital strategy " + period.code(), "", "",
                        period.start().plusMonths(2))));
                roadmaps++;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Roadmap roadmap = all.get(i);
            SpendingReviewPeriod period = periods.get(i / organisations.size());
            for (int m = 0; m < share(milestoneCount, all.size(), i); m++) {
                milestone(roadmap, period, m);
            }
            for (int k = 0; k < share(indicatorCount, all.size(), i); k++) {
                indicator(roadmap, period, k);
            }
            for (int r = 0; r < share(riskCount, all.size(), i); r++) {
                risk(roadmap, period, r);
            }
        }
    }

    /** The periods of the decade, adding the two earlier ones the workspace does not start with. */
    private List<SpendingReviewPeriod> periods() {
        var repository = workspace.roadmaps().periods();
        List<String> known = repository.findAll().stream().map(SpendingReviewPeriod::code).toList();
        if (!known.contains("SR2015")) {
            repository.save(new SpendingReviewPeriod(0, "SR2015", new FinancialYear(2016), new FinancialYear(2019)));
        }
        if (!known.contains("SR2019")) {
            repository.save(new SpendingReviewPeriod(0, "SR2019", new FinancialYear(2020), new FinancialYear(2021)));
        }
        return repository.findAll().stream().sorted((a, b) -> a.firstYear().compareTo(b.firstYear())).toList();
    }

    /** The i-th of n roughly equal shares of a total. */
    private static int share(int total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    private void milestone(Roadmap roadmap, SpendingReviewPeriod period, int m) {
        long length = ChronoUnit.DAYS.between(period.start(), period.end());
        LocalDate created = period.start().plusDays(random.nextInt(60));
        LocalDate baseline = created.plusDays(30 + random.nextInt((int) length - 90));
        clock.moveTo(created);
        var milestone = workspace.roadmaps().milestones().save(new Milestone(0, roadmap.id(),
                WORK[random.nextInt(WORK.length)] + " (" + (m + 1) + ")", "", "Deputy Director", baseline, baseline,
                null, MilestoneStatus.IN_PROGRESS, DeliveryConfidence.GREEN, Set.of()));
        milestones++;
        changes++;
        // Re-forecast a few times before the milestone is due, each on its own day, each leaving history.
        LocalDate day = created;
        for (int revision = random.nextInt(5); revision > 0; revision--) {
            day = day.plusDays(20 + random.nextInt(120));
            if (!day.isBefore(milestone.forecastDate()) || day.isAfter(DecadeGenerator.END)) {
                break;
            }
            clock.moveTo(day);
            var confidence = DeliveryConfidence.values()[random.nextInt(DeliveryConfidence.values().length)];
            milestone = workspace.roadmaps().milestones().save(
                    milestone.withForecast(milestone.forecastDate().plusDays(random.nextInt(90) - 20), confidence));
            changes++;
        }
        if (milestone.forecastDate().isBefore(DecadeGenerator.END) && random.nextInt(10) < 9) {
            clock.moveTo(milestone.forecastDate());
            workspace.roadmaps().milestones().save(new Milestone(milestone.id(), roadmap.id(), milestone.title(), "",
                    milestone.owner(), baseline, milestone.forecastDate(), milestone.forecastDate(),
                    MilestoneStatus.COMPLETE, milestone.confidence(), Set.of(), milestone.version()));
        }
    }

    private void indicator(Roadmap roadmap, SpendingReviewPeriod period, int k) {
        clock.moveTo(period.start().plusDays(30));
        boolean higher = k % 2 == 0;
        int baseline = 20 + random.nextInt(60);
        var indicator = workspace.roadmaps().indicators().save(new Indicator(0, roadmap.id(),
                (higher ? "Share of transactions online " : "Days to a decision ") + (k + 1), higher ? "%" : "days",
                higher ? IndicatorDirection.HIGHER_IS_BETTER : IndicatorDirection.LOWER_IS_BETTER,
                BigDecimal.valueOf(baseline), BigDecimal.valueOf(higher ? baseline + 20 : baseline / 2),
                period.end()));
        indicators++;
        double value = baseline;
        for (Quarter quarter : period.quarters()) {
            if (quarter.end().isAfter(DecadeGenerator.END)) {
                break;
            }
            value += (higher ? 1 : -0.5) * random.nextInt(4);
            workspace.roadmaps().indicators().saveReading(new IndicatorReading(indicator.id(), quarter,
                    BigDecimal.valueOf(Math.round(value * 10) / 10.0), ""));
            readings++;
        }
    }

    private void risk(Roadmap roadmap, SpendingReviewPeriod period, int r) {
        LocalDate raised = period.start().plusDays(random.nextInt(300));
        clock.moveTo(raised.isAfter(DecadeGenerator.END) ? DecadeGenerator.END : raised);
        boolean past = period.end().isBefore(DecadeGenerator.END);
        RiskStatus status = !past ? RiskStatus.OPEN : random.nextInt(5) == 0 ? RiskStatus.REALISED : RiskStatus.CLOSED;
        workspace.roadmaps().risks().save(new Risk(0, roadmap.id(), RISKS[random.nextInt(RISKS.length)] + " (" + (r + 1)
                + ")", "", "Chief Digital Officer", 1 + random.nextInt(5), 1 + random.nextInt(5),
                "Reviewed at each board", status, raised.plusDays(90), Set.of()));
        risks++;
    }
}
