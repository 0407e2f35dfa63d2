package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * The overall delivery confidence of a roadmap: a judgement made by the secretariat or the organisation's
 * coordinator, with its reason, not the least confident of its milestones. Each judgement is kept, so its history
 * can be shown; the latest stands.
 *
 * @param id        0 until stored
 * @param setOn     the day the judgement was made
 * @param rationale why, in a sentence or two a reader of the pack understands
 * @param version   the stored version it was read at (decision 0038): setting a new judgement claims the standing
 *                  one's, so that two people judging at once cannot both win unseen
 */
public record OverallConfidence(long id, long roadmapId, DeliveryConfidence confidence, String rationale,
                                LocalDate setOn, long version) {

    public static final int RATIONALE_MAX = 2000;

    public OverallConfidence {
        rationale = rationale == null ? "" : rationale.strip();
        new Validator()
                .check(confidence != null, "confidence", "validation.required")
                .required("rationale", rationale)
                .maxLength("rationale", rationale, RATIONALE_MAX)
                .check(setOn != null, "setOn", "validation.required")
                .throwIfInvalid();
    }

    /** A judgement not read from a workspace, so at the version a new record starts at. */
    public OverallConfidence(long id, long roadmapId, DeliveryConfidence confidence, String rationale,
                             LocalDate setOn) {
        this(id, roadmapId, confidence, rationale, setOn, 0);
    }
}
