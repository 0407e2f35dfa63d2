package uk.dln.secretariat.model.actions;

/** Where an action stands. Overdue is never a status: it follows from the due date, see {@link Action#isOverdueOn}. */
public enum ActionStatus {
    OPEN("actions.status.open"),
    IN_PROGRESS("actions.status.inProgress"),
    PROPOSED_FOR_CLOSURE("actions.status.proposedForClosure"),
    CLOSED("actions.status.closed"),
    DROPPED("actions.status.dropped");

    private final String messageKey;

    ActionStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Closed and dropped actions are finished: they carry a closed date and leave matters arising. */
    public boolean finished() {
        return this == CLOSED || this == DROPPED;
    }
}
