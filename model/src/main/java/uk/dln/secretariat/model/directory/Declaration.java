package uk.dln.secretariat.model.directory;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * An interest a leader has declared, shown when meetings are prepared.
 *
 * @param current false once the interest no longer applies; kept for the record
 */
public record Declaration(long id, long leaderId, String interest, LocalDate declaredOn, boolean current) {

    public static final int INTEREST_MAX = 1000;

    public Declaration {
        interest = interest == null ? "" : interest.strip();
        new Validator()
                .check(leaderId > 0, "leader", "validation.required")
                .required("interest", interest)
                .maxLength("interest", interest, INTEREST_MAX)
                .check(declaredOn != null, "declaredOn", "validation.required")
                .throwIfInvalid();
    }

    public Declaration withId(long newId) {
        return new Declaration(newId, leaderId, interest, declaredOn, current);
    }
}
