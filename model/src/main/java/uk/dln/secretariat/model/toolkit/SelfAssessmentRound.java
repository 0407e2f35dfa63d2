package uk.dln.secretariat.model.toolkit;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * A round of self-assessment the secretariat opens, e.g. "Spring 2027", with the date ratings are due. A closed
 * round keeps its ratings as history and refuses changes.
 *
 * @param id      0 until stored
 * @param version the stored version it was read at (decision 0038): closing or reopening claims it
 */
public record SelfAssessmentRound(long id, String name, LocalDate opensOn, LocalDate deadline, boolean closed,
                                  long version) {

    public static final int NAME_MAX = 80;

    public SelfAssessmentRound {
        name = name == null ? "" : name.strip();
        new Validator()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .plainText("name", name)
                .check(opensOn != null, "opensOn", "validation.required")
                .check(deadline != null, "deadline", "validation.required")
                .check(opensOn == null || deadline == null || !deadline.isBefore(opensOn), "deadline",
                        "toolkit.error.deadlineBeforeOpening")
                .throwIfInvalid();
    }

    /** A round not read from a workspace, so at the version a new record starts at. */
    public SelfAssessmentRound(long id, String name, LocalDate opensOn, LocalDate deadline, boolean closed) {
        this(id, name, opensOn, deadline, closed, 0);
    }

    public static SelfAssessmentRound open(String name, LocalDate opensOn, LocalDate deadline) {
        return new SelfAssessmentRound(0, name, opensOn, deadline, false);
    }

    public SelfAssessmentRound withId(long newId) {
        return new SelfAssessmentRound(newId, name, opensOn, deadline, closed, version);
    }
}
