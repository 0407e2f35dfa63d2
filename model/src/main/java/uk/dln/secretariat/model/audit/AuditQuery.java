package uk.dln.secretariat.model.audit;

import java.time.LocalDate;

/**
 * Which audit entries to show, newest first. Every criterion is optional (null or blank means any).
 *
 * @param table    only this table's records
 * @param recordId only this record (with {@code table})
 * @param user     only changes by users whose name contains this text
 * @param from     only changes on or after this day
 * @param to       only changes on or before this day
 * @param text     only entries that mention this text in a field name or value
 * @param limit    at most this many entries
 */
public record AuditQuery(String table, String recordId, String user, LocalDate from, LocalDate to, String text,
                         int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public AuditQuery {
        table = blankToNull(table);
        recordId = blankToNull(recordId);
        user = blankToNull(user);
        text = blankToNull(text);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Everything, newest first, up to the default limit. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** The whole history of one record. */
    public static AuditQuery record(String table, String recordId) {
        return new AuditQuery(table, recordId, null, null, null, null, DEFAULT_LIMIT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
