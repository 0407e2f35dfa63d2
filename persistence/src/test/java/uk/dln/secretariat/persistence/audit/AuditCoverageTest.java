package uk.dln.secretariat.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Every table of the schema is audited: it has the three audit triggers, and they cover every column, including
 * columns a later migration adds. A feature that adds a table, or a column, without its triggers fails here, and
 * the message holds the SQL to put in its migration.
 */
class AuditCoverageTest {

    /** The migration history, and the audit trail's own machinery. */
    private static final Set<String> NOT_AUDITED = Set.of("flyway_schema_history", "audit_log", "audit_actor");

    @TempDir
    Path folder;

    @Test
    void everyTableHasAuditTriggersCoveringEveryColumn() throws SQLException {
        try (Connection connection = freshWorkspace()) {
            List<String> problems = uncovered(connection);
            assertTrue(problems.isEmpty(), String.join("\n\n", problems));
        }
    }

    @Test
    void aTableWithoutTriggersIsNoticed() throws SQLException {
        try (Connection connection = freshWorkspace()) {
            connection.createStatement().executeUpdate("CREATE TABLE scratch_note (id INTEGER PRIMARY KEY, title TEXT)");
            List<String> problems = uncovered(connection);
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("CREATE TRIGGER scratch_note_audit_insert"), problems.get(0));
        }
    }

    @Test
    void aColumnAddedLaterWithoutNewTriggersIsNoticed() throws SQLException {
        try (Connection connection = freshWorkspace()) {
            connection.createStatement().executeUpdate("ALTER TABLE leader ADD COLUMN pronouns TEXT");
            List<String> problems = uncovered(connection);
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("leader") && problems.get(0).contains("NEW.pronouns"), problems.get(0));
        }
    }

    private Connection freshWorkspace() throws SQLException {
        Path file = folder.resolve("w.secretariat");
        Workspace.open(file).close();
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** For each table not fully covered: what is missing, and the triggers it should have. */
    static List<String> uncovered(Connection connection) throws SQLException {
        var problems = new ArrayList<String>();
        for (String table : tables(connection)) {
            if (NOT_AUDITED.contains(table)) {
                continue;
            }
            var columns = new ArrayList<String>();
            String key = "rowid";
            try (var rows = connection.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rows.next()) {
                    if (rows.getInt("pk") == 1) {
                        key = rows.getString("name");
                    } else if (!AuditTriggerSql.UNRECORDED.contains(rows.getString("name"))) {
                        columns.add(rows.getString("name"));
                    }
                }
            }
            var missing = new ArrayList<String>();
            missing.addAll(missingFrom(connection, table, "INSERT", columns, "NEW."));
            missing.addAll(missingFrom(connection, table, "DELETE", columns, "OLD."));
            var keyAndColumns = new ArrayList<>(columns);
            keyAndColumns.add(key);
            missing.addAll(missingFrom(connection, table, "UPDATE", keyAndColumns, "OLD."));
            missing.addAll(missingFrom(connection, table, "UPDATE", keyAndColumns, "NEW."));
            if (!missing.isEmpty()) {
                problems.add("Table " + table + " is not fully audited: " + String.join(", ", missing)
                        + ".\nIts migration needs these triggers (drop any older audit triggers of the table first):\n"
                        + AuditTriggerSql.forTable(table, key, columns));
            }
        }
        return problems;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rows = connection.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The columns an audit trigger on this event does not mention; the whole trigger when there is none. */
    private static List<String> missingFrom(Connection connection, String table, String event, List<String> columns,
                                            String prefix) throws SQLException {
        String sql = null;
        try (var statement = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE ?")) {
            statement.setString(1, table);
            statement.setString(2, "%AFTER " + event + " ON " + table + "%INSERT INTO audit_log%");
            try (var rows = statement.executeQuery()) {
                if (rows.next()) {
                    sql = rows.getString(1);
                }
            }
        }
        if (sql == null) {
            return List.of("no AFTER " + event + " audit trigger");
        }
        String trigger = sql;
        return columns.stream()
                .filter(column -> !Pattern.compile("\\b" + Pattern.quote(prefix + column) + "\\b").matcher(trigger).find())
                .map(column -> event + " trigger lacks " + prefix + column)
                .toList();
    }
}
