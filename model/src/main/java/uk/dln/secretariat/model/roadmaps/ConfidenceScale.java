package uk.dln.secretariat.model.roadmaps;

import java.util.List;

/** Which delivery confidence values a network offers: the current three-point scale or the older five-point one. */
public enum ConfidenceScale {
    THREE_POINT("roadmaps.scale.threePoint",
            List.of(DeliveryConfidence.RED, DeliveryConfidence.AMBER, DeliveryConfidence.GREEN)),
    FIVE_POINT("roadmaps.scale.fivePoint", List.of(DeliveryConfidence.values()));

    private final String messageKey;
    private final List<DeliveryConfidence> values;

    ConfidenceScale(String messageKey, List<DeliveryConfidence> values) {
        this.messageKey = messageKey;
        this.values = values;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values offered, worst first. */
    public List<DeliveryConfidence> choices() {
        return values;
    }
}
