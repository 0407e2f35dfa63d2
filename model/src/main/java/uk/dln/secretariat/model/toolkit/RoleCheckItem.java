package uk.dln.secretariat.model.toolkit;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * One expectation of the Digital Leader's role at one organisation: when it was met and the evidence.
 *
 * @param metOn   null while it is not in place: a gap
 * @param id      the stored item's row, so an open form knows when someone else changed it; 0 when not recorded
 * @param version the stored version it was read at (decision 0038), which a save claims: 0 for one not recorded
 *                yet, since a stored item counts from 1
 */
public record RoleCheckItem(long organisationId, RoleExpectation expectation, LocalDate metOn, String evidence,
                            long id, long version) {

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

    /** An item not read from a workspace: as if it was not recorded yet. */
    public RoleCheckItem(long organisationId, RoleExpectation expectation, LocalDate metOn, String evidence) {
        this(organisationId, expectation, metOn, evidence, 0, 0);
    }

    public boolean met() {
        return metOn != null;
    }
}
