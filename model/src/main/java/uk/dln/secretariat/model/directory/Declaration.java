package uk.dln.secretariat.model.directory;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * An interest a leader has declared, shown when meetings are prepared.
 *
 * @param current false once the interest no longer applies; kept for the record
 * @param version the stored version it was read at (decision 0038): a save claims it; 0 for a new one
 */
public record Declaration(long id, long leaderId, String interest, LocalDate declaredOn, boolean current,
                          long version) {

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

    /** A declaration not read from a workspace, so at the version a new record starts at. */
    public Declaration(long id, long leaderId, String interest, LocalDate declaredOn, boolean current) {
        this(id, leaderId, interest, declaredOn, current, 0);
    }

    public Declaration withId(long newId) {
        return new Declaration(newId, leaderId, interest, declaredOn, current, version);
    }

    /** The same declaration as stored at a newer version, after a save. */
    public Declaration atVersion(long newVersion) {
        return new Declaration(id, leaderId, interest, declaredOn, current, newVersion);
    }
}
