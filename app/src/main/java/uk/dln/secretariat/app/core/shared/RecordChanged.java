package uk.dln.secretariat.app.core.shared;

import java.util.Collection;
import java.util.Objects;

/**
 * A record someone else changed in a shared workspace, as the server tells of it.
 *
 * @param table     the database table the record lives in, e.g. {@code action}, {@code milestone}
 * @param id        the record's id in that table, or {@link #SEVERAL} when many of its records changed at once
 * @param changedBy who changed it: the database user, as the audit trail names them
 */
public record RecordChanged(String table, long id, String changedBy) {

    /** The table of a change that may concern any table: the server's feed reconnected, or a workspace was copied in. */
    public static final String EVERY_TABLE = "*";

    /** The id of a change to many records of a table at once, which no one record's editor takes as its own. */
    public static final long SEVERAL = 0;

    /** Is this change one to the table, or to any table? */
    public boolean touches(Collection<String> tables) {
        return EVERY_TABLE.equals(table) || tables.contains(table);
    }

    public RecordChanged {
        Objects.requireNonNull(table, "table");
        changedBy = changedBy == null ? "" : changedBy;
    }
}
