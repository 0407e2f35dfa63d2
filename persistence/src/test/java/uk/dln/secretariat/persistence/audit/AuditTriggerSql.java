package uk.dln.secretariat.persistence.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the three audit triggers a table needs, in the form the migrations use. {@link AuditCoverageTest} prints
 * them for any table that lacks them, so a new table's migration can take them from the failure message.
 */
public final class AuditTriggerSql {

    /**
     * Columns left out of the recorded changes: the audit entry has its own time, and is itself one more change
     * (which a record's version only counts).
     */
    static final List<String> UNRECORDED = List.of("changed_at", "version");

    private AuditTriggerSql() {
    }

    /**
     * @param table        the audited table
     * @param key          the column that identifies a record (its primary key)
     * @param otherColumns every other column whose changes are recorded, in table order
     */
    public static String forTable(String table, String key, List<String> otherColumns) {
        var withKey = new ArrayList<String>();
        withKey.add(key);
        withKey.addAll(otherColumns);
        // The key is compared on update only, so renaming a record (a setting's name, say) is recorded.
        String when = withKey.stream().map(c -> "OLD." + c + " IS NOT NEW." + c)
                .collect(Collectors.joining("\n        OR "));
        return trigger(table, "insert", "INSERT", null, "NEW." + key, changes(otherColumns, null, "NEW."))
                + "\n" + trigger(table, "update", "UPDATE", when, "NEW." + key, changes(withKey, "OLD.", "NEW."))
                + "\n" + trigger(table, "delete", "DELETE", null, "OLD." + key, changes(otherColumns, "OLD.", null));
    }

    /** Field name to [before, after], keeping only the fields whose value differs. */
    private static String changes(List<String> columns, String before, String after) {
        return "(SELECT json_group_object(change.key, change.value) FROM json_each(json_object(\n"
                + columns.stream()
                        .map(c -> "                '" + c + "', json_array(" + value(before, c) + ", "
                                + value(after, c) + ")")
                        .collect(Collectors.joining(",\n"))
                + ")) AS change\n            WHERE change.value ->> 0 IS NOT change.value ->> 1)";
    }

    private static String value(String prefix, String column) {
        return prefix == null ? "NULL" : prefix + column;
    }

    private static String trigger(String table, String name, String event, String when, String id, String changes) {
        return "CREATE TRIGGER " + table + "_audit_" + name + "\nAFTER " + event + " ON " + table + "\n"
                + (when == null ? "" : "WHEN " + when + "\n")
                + "BEGIN\n"
                + "    INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action, changes)\n"
                + "    SELECT changed_at, changed_by, '" + table + "', " + id + ", '" + event + "',\n"
                + "        " + changes + "\n"
                + "    FROM audit_context;\n"
                + "END;\n";
    }
}
