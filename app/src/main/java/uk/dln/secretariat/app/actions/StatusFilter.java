package uk.dln.secretariat.app.actions;

import uk.dln.secretariat.model.actions.ActionStatus;

/** The statuses the tracker can show: any, every live one, or exactly one. */
public enum StatusFilter {
    ANY("actions.filter.status.any", null),
    LIVE("actions.filter.status.live", null),
    OPEN("actions.status.open", ActionStatus.OPEN),
    IN_PROGRESS("actions.status.inProgress", ActionStatus.IN_PROGRESS),
    PROPOSED_FOR_CLOSURE("actions.status.proposedForClosure", ActionStatus.PROPOSED_FOR_CLOSURE),
    CLOSED("actions.status.closed", ActionStatus.CLOSED),
    DROPPED("actions.status.dropped", ActionStatus.DROPPED);

    private final String messageKey;
    private final ActionStatus status;

    StatusFilter(String messageKey, ActionStatus status) {
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean accepts(ActionStatus candidate) {
        return switch (this) {
            case ANY -> true;
            case LIVE -> !candidate.finished();
            default -> candidate == status;
        };
    }
}
