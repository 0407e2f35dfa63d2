package uk.dln.secretariat.app.core.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Ten years of toolkit self-assessment: a round every spring and autumn, every member rating every approach, each
 * rating drifting a level up (more often) or down from the round before, a few not applicable with their reason.
 * Every round but the last is closed for editing, as the secretariat would leave them.
 */
final class ToolkitHistory {

    private static final String[] EVIDENCE = {"Board paper agreed", "Quarterly review with the centre",
        "Pilot in two directorates", "Published on the intranet", "Audit committee assurance"};

    private final WorkspaceData workspace;
    private final SteppingClock clock;
    private final Random random;
    int rounds;
    int ratings;

    ToolkitHistory(WorkspaceData workspace, SteppingClock clock, Random random) {
        this.workspace = workspace;
        this.clock = clock;
        this.random = random;
    }

    void write(List<Organisation> organisations, int roundCount) {
        var members = organisations.stream().filter(Organisation::member).toList();
        var approaches = workspace.selfAssessment().approaches();
        Map<String, Integer> scores = new HashMap<>();
        for (int r = 0; r < roundCount; r++) {
            // Spread over the decade: twice a year at scale 1.
            var opens = DecadeGenerator.START.plusDays((long) r * 3650 / Math.max(1, roundCount));
            clock.moveTo(opens);
            var round = workspace.selfAssessment().open(SelfAssessmentRound.open(
                    (opens.getMonthValue() <= 6 ? "Spring " : "Autumn ") + opens.getYear() + " (" + (r + 1) + ")",
                    opens, opens.plusWeeks(6)));
            rounds++;
            clock.moveTo(opens.plusWeeks(5));
            var written = new ArrayList<ApproachRating>();
            for (Organisation organisation : members) {
                for (var approach : approaches) {
                    String key = organisation.id() + "/" + approach.id();
                    int before = scores.getOrDefault(key, 1 + random.nextInt(3));
                    int step = random.nextInt(10);
                    int score = Math.max(1, Math.min(4, before + (step < 3 ? 1 : step == 9 ? -1 : 0)));
                    scores.put(key, score);
                    boolean notApplicable = random.nextInt(40) == 0;
                    MaturityLevel level = notApplicable ? MaturityLevel.NOT_APPLICABLE
                            : MaturityLevel.values()[score - 1];
                    written.add(new ApproachRating(round.id(), organisation.id(), approach.id(), level,
                            notApplicable ? "Delivered for us by the parent department" : "",
                            EVIDENCE[random.nextInt(EVIDENCE.length)], "", "", null));
                }
            }
            workspace.selfAssessment().rateAll(written);
            ratings += written.size();
            if (r < roundCount - 1) {
                workspace.selfAssessment().setClosed(round.id(), true);
            }
        }
    }
}
