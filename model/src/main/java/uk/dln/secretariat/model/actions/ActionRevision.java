package uk.dln.secretariat.model.actions;

import java.time.LocalDate;

/**
 * One correction of an action after it was raised, or its withdrawal: the action as it stood before, the due date
 * after, and why. Kept so the action's history can say "due moved from 3 Dec to 28 Jan: awaiting the spending
 * review", and so approved minutes can show the action as they approved it.
 *
 * @param descriptionBefore    the wording before this revision
 * @param ownerNameBefore      the owner's name before, as the directory has it now
 * @param organisationBefore   the organisation's short name before
 * @param reason               why; always given for a new due date and a withdrawal, may be empty otherwise
 */
public record ActionRevision(long id, long actionId, Kind kind, LocalDate revisedOn, String descriptionBefore,
                             long ownerIdBefore, String ownerNameBefore, long organisationIdBefore,
                             String organisationBefore, LocalDate dueBefore, LocalDate dueAfter, String reason) {

    /** What the revision did. */
    public enum Kind {
        EDITED,
        WITHDRAWN
    }

    public ActionRevision {
        reason = reason == null ? "" : reason.strip();
        ownerNameBefore = ownerNameBefore == null ? "" : ownerNameBefore;
        organisationBefore = organisationBefore == null ? "" : organisationBefore;
    }

    /** Whether this revision moved the due date. */
    public boolean movedDue() {
        return kind == Kind.EDITED && !dueBefore.equals(dueAfter);
    }
}
