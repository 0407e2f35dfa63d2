package uk.dln.secretariat.app.core.shared;

import java.util.Objects;

/**
 * A record someone else changed in a shared workspace, as the server tells of it.
 *
 * @param table     the database table the record lives in, e.g. {@code action}, {@code milestone}
 * @param id        the record's id in that table
 * @param changedBy who changed it: the database user, as the audit trail names them
 */
public record RecordChanged(String table, long id, String changedBy) {

    public RecordChanged {
        Objects.requireNonNull(table, "table");
        changedBy = changedBy == null ? "" : changedBy;
    }
}
