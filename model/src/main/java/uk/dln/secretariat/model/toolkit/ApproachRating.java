package uk.dln.secretariat.model.toolkit;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * One organisation's rating of one toolkit approach in one round, with the evidence for it and what comes next.
 *
 * @param notApplicableReason why the approach does not apply; required for {@link MaturityLevel#NOT_APPLICABLE}
 * @param targetOn            when the next step should be done; may be null
 * @param id                  the stored rating's row, so an open form knows when someone else changed it; 0 when
 *                            not rated yet
 * @param version             the stored version it was read at (decision 0038), which a form's save claims: 0 for
 *                            an approach not rated yet, since a stored rating counts from 1
 */
public record ApproachRating(long roundId, long organisationId, long approachId, MaturityLevel level,
                             String notApplicableReason, String evidence, String nextStep, String owner,
                             LocalDate targetOn, long id, long version) {

    public static final int REASON_MAX = 1000;
    public static final int EVIDENCE_MAX = 4000;
    public static final int NEXT_STEP_MAX = 1000;
    public static final int OWNER_MAX = 120;

    public ApproachRating {
        notApplicableReason = strip(notApplicableReason);
        evidence = strip(evidence);
        nextStep = strip(nextStep);
        owner = strip(owner);
        new Validator()
                .check(level != null, "level", "toolkit.error.levelRequired")
                .check(level != MaturityLevel.NOT_APPLICABLE || !notApplicableReason.isEmpty(),
                        "notApplicableReason", "toolkit.error.reasonRequired")
                .maxLength("notApplicableReason", notApplicableReason, REASON_MAX)
                .plainText("notApplicableReason", notApplicableReason)
                .maxLength("evidence", evidence, EVIDENCE_MAX)
                .plainText("evidence", evidence)
                .maxLength("nextStep", nextStep, NEXT_STEP_MAX)
                .plainText("nextStep", nextStep)
                .maxLength("owner", owner, OWNER_MAX)
                .plainText("owner", owner)
                .throwIfInvalid();
        if (level != MaturityLevel.NOT_APPLICABLE) {
            // A reason belongs only to "not applicable"; kept otherwise it would be read as if it still held.
            notApplicableReason = "";
        }
    }

    /** A rating not read from a workspace: as if the approach was not rated yet. */
    public ApproachRating(long roundId, long organisationId, long approachId, MaturityLevel level,
                          String notApplicableReason, String evidence, String nextStep, String owner,
                          LocalDate targetOn) {
        this(roundId, organisationId, approachId, level, notApplicableReason, evidence, nextStep, owner, targetOn, 0,
                0);
    }

    /** The same rating as stored in a row at a version. */
    public ApproachRating stored(long rowId, long newVersion) {
        return new ApproachRating(roundId, organisationId, approachId, level, notApplicableReason, evidence, nextStep,
                owner, targetOn, rowId, newVersion);
    }

    /** A rating on the scale with its evidence, as demonstration data and tests write it. */
    public static ApproachRating of(long roundId, long organisationId, long approachId, MaturityLevel level,
                                    String evidence) {
        return new ApproachRating(roundId, organisationId, approachId, level, "", evidence, "", "", null);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
