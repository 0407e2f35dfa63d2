package uk.dln.secretariat.model.marking;

/**
 * The classifications this network may use. SECRET and TOP SECRET material never belongs in this tool, so they
 * are not values here at all: {@link ProtectiveMarking#parse(String)} refuses them by name.
 */
public enum Classification {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The marking as printed, always in capitals. */
    public String label() {
        return label;
    }
}
