package uk.dln.secretariat.model.toolkit;

import java.time.LocalDate;
import java.util.List;

/**
 * One organisation's self-assessment for the open round, as its departmental return carries it: one line per
 * approach, each with the version of the rating it was issued with (empty when the approach was not rated yet).
 */
public record RoundReturn(long roundId, String roundName, LocalDate deadline, List<Line> lines) {

    public RoundReturn {
        roundName = roundName == null ? "" : roundName;
        lines = List.copyOf(lines);
    }

    /**
     * @param version the rating's last-changed stamp when issued; empty when not rated
     * @param level   null when not rated
     */
    public record Line(long approachId, String version, String code, String title, MaturityLevel level,
                       String notApplicableReason, String evidence, String nextStep, String owner,
                       LocalDate targetOn) {

        public Line {
            version = version == null ? "" : version;
            notApplicableReason = notApplicableReason == null ? "" : notApplicableReason;
            evidence = evidence == null ? "" : evidence;
            nextStep = nextStep == null ? "" : nextStep;
            owner = owner == null ? "" : owner;
        }
    }
}
