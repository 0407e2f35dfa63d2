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
 */
public record OverallConfidence(long id, long roadmapId, DeliveryConfidence confidence, String rationale,
                                LocalDate setOn) {

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
}
