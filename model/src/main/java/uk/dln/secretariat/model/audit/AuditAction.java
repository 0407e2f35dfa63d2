package uk.dln.secretariat.model.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATED("audit.action.created"),
    CHANGED("audit.action.changed"),
    DELETED("audit.action.deleted");

    private final String labelKey;

    AuditAction(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
