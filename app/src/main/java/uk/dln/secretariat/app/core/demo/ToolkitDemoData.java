package uk.dln.secretariat.app.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Demonstration self-assessment: two rounds six months apart for every member organisation, the earlier closed, with
 * plausible movement (mostly steady, some up a level, a few down), a few approaches not applicable, some
 * organisations still to finish the open round, and role checks part done. The same on every run; skipped once the
 * workspace has a round.
 */
public final class ToolkitDemoData {

    private static final String[] EVIDENCE = {
        "",
        "Discussed at the executive committee; no owner yet.",
        "Pilot in two directorates; lessons written up for the board.",
        "Adopted across the department and reported to the board quarterly.",
        "Routine for three years, measured against published indicators; shared at the network in June.",
    };
    private static final String[] NEXT_STEPS = {
        "", "Name an owner and agree a plan.", "Extend the pilot to every directorate.",
        "Measure the results against the indicators.", "Offer a peer review to another department.",
    };

    /** Adds the rounds, ratings and role checks; returns how many ratings it added. */
    public int fill(WorkspaceData workspace, LocalDate today) {
        var repository = workspace.selfAssessment();
        if (!repository.rounds().isEmpty()) {
            return 0;
        }
        List<Organisation> members = repository.members();
        List<ToolkitApproach> approaches = repository.approaches();
        LocalDate earlierOpens = today.minusMonths(7).withDayOfMonth(1);
        LocalDate laterOpens = today.minusMonths(1).withDayOfMonth(1);
        var earlier = repository.open(new SelfAssessmentRound(0, name(earlierOpens), earlierOpens,
                earlierOpens.plusWeeks(6), false));
        var later = repository.open(SelfAssessmentRound.open(name(laterOpens), laterOpens, today.plusWeeks(3)));

        var earlierRatings = new ArrayList<ApproachRating>();
        var laterRatings = new ArrayList<ApproachRating>();
        for (int o = 0; o < members.size(); o++) {
            var organisation = members.get(o);
            for (int a = 0; a < approaches.size(); a++) {
                long approachId = approaches.get(a).id();
                int seed = (o * 7 + a * 13 + (o * a) % 5) % 17;
                int before = 1 + (seed * 3 + o) % 4;
                // Most stay, about a third move up a level, an occasional one slips back.
                int change = seed % 3 == 0 ? 1 : seed == 16 ? -1 : 0;
                int after = Math.max(1, Math.min(4, before + change));
                boolean notApplicable = organisation.kind() == OrganisationKind.DEVOLVED_ADMINISTRATION
                        && approaches.get(a).finding() == 6;
                earlierRatings.add(rating(earlier.id(), organisation.id(), approachId, before, notApplicable));
                // Every fifth organisation has not finished the open round yet.
                if (o % 5 != 4 || a < 12) {
                    laterRatings.add(rating(later.id(), organisation.id(), approachId, after, notApplicable));
                }
            }
        }
        repository.rateAll(earlierRatings);
        repository.rateAll(laterRatings);
        repository.setClosed(earlier.id(), true);

        for (int o = 0; o < members.size(); o++) {
            var organisation = members.get(o);
            if (organisation.kind() == OrganisationKind.AGENCY) {
                continue;
            }
            int e = 0;
            for (var expectation : RoleExpectation.forKind(organisation.kind())) {
                if (expectation.recorded() && (o + e) % 4 != 0) {
                    workspace.roleChecks().record(new RoleCheckItem(organisation.id(), expectation,
                            today.minusMonths(3L + (o + e) % 20), "Agreed at the executive committee; minute "
                            + (o + 1) + "/" + (e + 1) + "."));
                }
                e++;
            }
        }
        return earlierRatings.size() + laterRatings.size();
    }

    private static ApproachRating rating(long roundId, long organisationId, long approachId, int score,
                                         boolean notApplicable) {
        if (notApplicable) {
            return new ApproachRating(roundId, organisationId, approachId, MaturityLevel.NOT_APPLICABLE,
                    "Senior pay and secondments are set by the administration's own arrangements.", "", "", "",
                    null);
        }
        MaturityLevel level = MaturityLevel.values()[score - 1];
        return new ApproachRating(roundId, organisationId, approachId, level, "", EVIDENCE[score],
                NEXT_STEPS[score], score < 4 ? "Chief Digital Officer" : "", null);
    }

    private static String name(LocalDate opens) {
        return (opens.getMonthValue() <= 6 ? "Spring " : "Autumn ") + opens.getYear();
    }
}
