package uk.dln.secretariat.model.directory;

/** A person's part in the network at one organisation for a period. */
public enum NetworkRole {
    DIGITAL_LEADER("role.digitalLeader"),
    DEPUTY("role.deputy"),
    COORDINATOR("role.coordinator"),
    CHAIR("role.chair"),
    SECRETARIAT("role.secretariat"),
    GUEST("role.guest");

    private final String messageKey;

    NetworkRole(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Only one person may hold this role at an organisation at a time. */
    public boolean isExclusive() {
        return this == DIGITAL_LEADER;
    }
}
