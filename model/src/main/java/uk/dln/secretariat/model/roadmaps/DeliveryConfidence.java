package uk.dln.secretariat.model.roadmaps;

/**
 * A delivery confidence assessment. The three-point scale is the government's current one; the two in-between
 * values belong to the older five-point scale some departments still use (see {@link ConfidenceScale}).
 */
public enum DeliveryConfidence {
    RED("roadmaps.confidence.red", "roadmaps.confidence.red.definition", 0),
    AMBER_RED("roadmaps.confidence.amberRed", "roadmaps.confidence.amberRed.definition", 1),
    AMBER("roadmaps.confidence.amber", "roadmaps.confidence.amber.definition", 2),
    AMBER_GREEN("roadmaps.confidence.amberGreen", "roadmaps.confidence.amberGreen.definition", 3),
    GREEN("roadmaps.confidence.green", "roadmaps.confidence.green.definition", 4);

    private final String messageKey;
    private final String definitionKey;
    private final int rank;

    DeliveryConfidence(String messageKey, String definitionKey, int rank) {
        this.messageKey = messageKey;
        this.definitionKey = definitionKey;
        this.rank = rank;
    }

    /** The word: Red, Amber/Red, Amber, Amber/Green, Green. */
    public String messageKey() {
        return messageKey;
    }

    /** The official definition, shown as help beside the choice. */
    public String definitionKey() {
        return definitionKey;
    }

    /** The less confident of the two. */
    public DeliveryConfidence worse(DeliveryConfidence other) {
        return other == null || rank <= other.rank ? this : other;
    }
}
