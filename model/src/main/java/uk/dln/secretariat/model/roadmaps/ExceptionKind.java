package uk.dln.secretariat.model.roadmaps;

/** Why something is in the exceptions report, in the order the report lists them. */
public enum ExceptionKind {
    RED_MILESTONE("roadmaps.exception.red"),
    SLIPPAGE("roadmaps.exception.slippage"),
    OVERDUE_REVIEW("roadmaps.exception.overdueReview");

    private final String messageKey;

    ExceptionKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** A sentence with the item's days as argument 0. */
    public String messageKey() {
        return messageKey;
    }
}
