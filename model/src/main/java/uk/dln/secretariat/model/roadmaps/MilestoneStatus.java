package uk.dln.secretariat.model.roadmaps;

/** Where a milestone stands. Complete and cancelled milestones are closed: they no longer slip or raise exceptions. */
public enum MilestoneStatus {
    NOT_STARTED("roadmaps.status.notStarted"),
    IN_PROGRESS("roadmaps.status.inProgress"),
    COMPLETE("roadmaps.status.complete"),
    CANCELLED("roadmaps.status.cancelled");

    private final String messageKey;

    MilestoneStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
