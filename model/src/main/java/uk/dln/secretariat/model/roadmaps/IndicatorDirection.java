package uk.dln.secretariat.model.roadmaps;

/** Whether an indicator improves by going up or down. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER("roadmaps.direction.higher"),
    LOWER_IS_BETTER("roadmaps.direction.lower");

    private final String messageKey;

    IndicatorDirection(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
