package uk.dln.secretariat.model.actions;

import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * Something a person agreed at a meeting to do by a date.
 *
 * @param id           0 until stored
 * @param reference    assigned when the action is raised, e.g. {@code A26/11/03}; empty until then
 * @param agendaItemId the item it was raised at, or null if that item was later removed
 * @param raisedOn     the day of the meeting that raised it
 * @param closedOn     the day it was closed or dropped; null while it is live
 * @param version      the stored version it was read at (decision 0038): a save claims it, so it cannot pass over
 *                     someone else's newer change; 0 for a new action
 */
public record Action(long id, String reference, String description, long ownerId, long organisationId,
                     long meetingId, Long agendaItemId, LocalDate raisedOn, LocalDate dueOn, ActionStatus status,
                     LocalDate closedOn, long version) {

    public static final int DESCRIPTION_MAX = 2000;

    public Action {
        reference = reference == null ? "" : reference.strip();
        description = description == null ? "" : description.strip();
        new Validator()
                .required("description", description)
                .maxLength("description", description, DESCRIPTION_MAX)
                .check(ownerId > 0, "owner", "validation.required")
                .check(organisationId > 0, "organisation", "validation.required")
                .check(meetingId > 0, "meeting", "validation.required")
                .check(raisedOn != null, "raisedOn", "validation.required")
                .check(dueOn != null, "dueOn", "validation.required")
                .check(raisedOn == null || dueOn == null || !dueOn.isBefore(raisedOn), "dueOn",
                        "actions.error.dueBeforeRaised", dueOn, raisedOn)
                .check(status != null, "status", "validation.required")
                .check(status == null || status.finished() == (closedOn != null), "closedOn",
                        "actions.error.closedDate")
                .throwIfInvalid();
    }

    /** An action not read from a workspace, so at the version a new record starts at. */
    public Action(long id, String reference, String description, long ownerId, long organisationId, long meetingId,
                  Long agendaItemId, LocalDate raisedOn, LocalDate dueOn, ActionStatus status, LocalDate closedOn) {
        this(id, reference, description, ownerId, organisationId, meetingId, agendaItemId, raisedOn, dueOn, status,
                closedOn, 0);
    }

    /** A new open action raised at a meeting's item. */
    public static Action raise(String description, long ownerId, long organisationId, long meetingId,
                               Long agendaItemId, LocalDate raisedOn, LocalDate dueOn) {
        return new Action(0, "", description, ownerId, organisationId, meetingId, agendaItemId, raisedOn, dueOn,
                ActionStatus.OPEN, null);
    }

    public Action withIdAndReference(long newId, String newReference) {
        return new Action(newId, newReference, description, ownerId, organisationId, meetingId, agendaItemId,
                raisedOn, dueOn, status, closedOn, version);
    }

    /** The same action as stored at a newer version, after a save. */
    public Action atVersion(long newVersion) {
        return new Action(id, reference, description, ownerId, organisationId, meetingId, agendaItemId, raisedOn, dueOn,
                status, closedOn, newVersion);
    }

    /** Past its due date and not finished: derived, never stored. */
    public boolean isOverdueOn(LocalDate day) {
        return !status.finished() && dueOn.isBefore(day);
    }
}
