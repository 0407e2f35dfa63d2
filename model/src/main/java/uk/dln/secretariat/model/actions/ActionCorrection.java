package uk.dln.secretariat.model.actions;

import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.Validator;

/**
 * What a person changes in an action after it was raised: its wording, owner, organisation and due date. A new due
 * date needs a reason, which the action's history keeps.
 */
public record ActionCorrection(String description, long ownerId, long organisationId, LocalDate dueOn,
                               String reason) {

    public static final int REASON_MAX = 2000;

    public ActionCorrection {
        description = description == null ? "" : description.strip();
        reason = reason == null ? "" : reason.strip();
        new Validator()
                .required("description", description)
                .maxLength("description", description, Action.DESCRIPTION_MAX)
                .check(ownerId > 0, "owner", "validation.required")
                .check(organisationId > 0, "organisation", "validation.required")
                .check(dueOn != null, "dueOn", "validation.required")
                .maxLength("reason", reason, REASON_MAX)
                .throwIfInvalid();
    }

    /** Whether anything differs from the action as it stands. */
    public boolean changes(Action action) {
        return !description.equals(action.description()) || ownerId != action.ownerId()
                || organisationId != action.organisationId() || !dueOn.equals(action.dueOn());
    }

    /**
     * The action with this correction applied, checked by the action's own rules (a due date before the meeting
     * that raised it is refused); a new due date without a reason is refused too.
     */
    public Action appliedTo(Action action) {
        if (!dueOn.equals(action.dueOn()) && reason.isEmpty()) {
            throw new ValidationException(List.of(Problem.of("reason", "actions.error.reasonForNewDue",
                    action.dueOn(), dueOn)));
        }
        return new Action(action.id(), action.reference(), description, ownerId, organisationId, action.meetingId(),
                action.agendaItemId(), action.raisedOn(), dueOn, action.status(), action.closedOn(), action.version());
    }
}
