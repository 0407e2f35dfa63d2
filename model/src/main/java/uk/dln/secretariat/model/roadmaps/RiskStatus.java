package uk.dln.secretariat.model.roadmaps;

/** Where a risk stands. Only open risks are reviewed, so only they can be overdue for review. */
public enum RiskStatus {
    OPEN("roadmaps.riskStatus.open"),
    CLOSED("roadmaps.riskStatus.closed"),
    REALISED("roadmaps.riskStatus.realised");

    private final String messageKey;

    RiskStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
