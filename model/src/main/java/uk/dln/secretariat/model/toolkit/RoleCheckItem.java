package uk.dln.secretariat.model.toolkit;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * One expectation of the Digital Leader's role at one organisation: when it was met and the evidence.
 *
 * @param metOn null while it is not in place: a gap
 */
public record RoleCheckItem(long organisationId, RoleExpectation expectation, LocalDate metOn, String evidence) {

    public static final int EVIDENCE_MAX = 4000;

    public RoleCheckItem {
        evidence = evidence == null ? "" : evidence.strip();
        new Validator()
                .check(expectation != null, "expectation", "validation.required")
                .check(expectation == null || expectation.recorded(), "expectation",
                        "toolkit.error.readFromDirectory")
                .maxLength("evidence", evidence, EVIDENCE_MAX)
                .plainText("evidence", evidence)
                .throwIfInvalid();
    }

    public boolean met() {
        return metOn != null;
    }
}
