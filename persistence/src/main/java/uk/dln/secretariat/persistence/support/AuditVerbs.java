package uk.dln.secretariat.persistence.support;

import org.jooq.Converter;
import uk.dln.secretariat.model.audit.AuditAction;

/**
 * The audit trail's triggers record what happened in SQL's own words ({@code INSERT}, {@code UPDATE},
 * {@code DELETE}); the model says what happened to the record (created, changed, deleted).
 */
public final class AuditVerbs {

    private AuditVerbs() {
    }

    public static Converter<String, AuditAction> converter() {
        return Converter.ofNullable(String.class, AuditAction.class, AuditVerbs::action, AuditVerbs::verb);
    }

    static AuditAction action(String verb) {
        return switch (verb) {
            case "INSERT" -> AuditAction.CREATED;
            case "UPDATE" -> AuditAction.CHANGED;
            case "DELETE" -> AuditAction.DELETED;
            default -> throw new IllegalArgumentException("not an audited change: " + verb);
        };
    }

    static String verb(AuditAction action) {
        return switch (action) {
            case CREATED -> "INSERT";
            case CHANGED -> "UPDATE";
            case DELETED -> "DELETE";
        };
    }
}
