package uk.dln.secretariat.model.roadmaps;

import java.math.BigDecimal;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.time.Quarter;

/** One reading of an indicator for a quarter; a second reading for the same quarter replaces the first. */
public record IndicatorReading(long indicatorId, Quarter period, BigDecimal value, String note) {

    public static final int NOTE_MAX = 1000;

    public IndicatorReading {
        note = note == null ? "" : note.strip();
        new Validator()
                .check(period != null, "period", "validation.required")
                .check(value != null, "value", "validation.required")
                .maxLength("note", note, NOTE_MAX)
                .throwIfInvalid();
    }
}
