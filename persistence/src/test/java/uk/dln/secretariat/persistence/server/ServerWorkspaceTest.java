package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

@ExtendWith(PostgresExtension.class)
class ServerWorkspaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void anEmptyDatabaseBecomesAWorkspaceWhoseRepositoriesWorkAsOnAFile(TestDatabase database) {
        try (var workspace = open(database)) {
            var saved = workspace.data().organisations().save(
                    new Organisation(0, "Department for Work and Pensions", "DWP",
                            OrganisationKind.MINISTERIAL_DEPARTMENT, null, true, ""));
            assertEquals(List.of(saved), workspace.data().organisations().findAll());
            assertEquals(2, workspace.data().roadmaps().periods().findAll().size());
        }
    }

    @Test
    void everyChangeIsAuditedUnderTheDatabaseUserInTheSameTransaction(TestDatabase database) throws SQLException {
        try (var workspace = open(database)) {
            workspace.data().organisations().save(new Organisation(0, "Cabinet Office", "CO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT, null, true, ""));
        }
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            // A change from outside the app, straight in SQL, is audited just the same.
            statement.executeUpdate("UPDATE organisation SET notes = 'from psql' WHERE short_name = 'CO'");
        }
        List<String> entries = auditEntries(database);
        assertEquals(List.of(
                "postgres|organisation|INSERT|{\"name\":[null,\"Cabinet Office\"],\"short_name\":[null,\"CO\"],"
                        + "\"kind\":[null,\"MINISTERIAL_DEPARTMENT\"],\"member\":[null,1],\"notes\":[null,\"\"]}",
                "postgres|organisation|UPDATE|{\"notes\":[\"\",\"from psql\"]}"), entries);
    }

    @Test
    void aChangeRolledBackLeavesNoAuditEntry(TestDatabase database) throws SQLException {
        try (var workspace = open(database)) {
            assertThrows(IllegalStateException.class, () -> workspace.dsl().transaction(tx -> {
                tx.dsl().execute("INSERT INTO network_setting (name, value) VALUES ('a', '1')");
                throw new IllegalStateException("refused");
            }));
        }
        assertEquals(List.of(), auditEntries(database));
    }

    @Test
    void theAuditLogCannotBeRewrittenOnTheServer(TestDatabase database) throws SQLException {
        open(database).close();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO network_setting (name, value) VALUES ('a', '1')");
            var refused = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_log"));
            assertTrue(refused.getMessage().contains("the audit log cannot be changed"), refused.getMessage());
        }
    }

    @Test
    void aSchemaFromANewerVersionIsRefusedUntouched(TestDatabase database) throws SQLException {
        open(database).close();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, execution_time, success) "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 0, true)");
        }
        String before = fingerprint(database);

        var refused = assertThrows(SecretariatException.class, () -> open(database));

        assertEquals("workspace.error.newer", refused.messageKey());
        assertEquals(before, fingerprint(database));
    }

    private static ServerWorkspace open(TestDatabase database) {
        return ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK);
    }

    /** Audit entries without their times, JSON without the server's spacing. */
    private static List<String> auditEntries(TestDatabase database) throws SQLException {
        var entries = new ArrayList<String>();
        try (Connection connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT changed_by, record_table, action, changes "
                     + "FROM audit_log ORDER BY id")) {
            while (rows.next()) {
                entries.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                        + compact(rows.getString(4)));
            }
        }
        return entries;
    }

    /** Every table's rows and the schema history, to show that nothing changed. */
    private static String fingerprint(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT string_agg(t::text, ';' ORDER BY t::text) FROM ("
                     + "SELECT h::text FROM flyway_schema_history h UNION ALL SELECT a::text FROM audit_log a "
                     + "UNION ALL SELECT c.relname || ':' || c.reltuples FROM pg_class c "
                     + "WHERE c.relnamespace = 'public'::regnamespace) AS t (t)")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String compact(String json) {
        return json.replace(" : ", ":").replace(", ", ",").replace("{ ", "{").replace(" }", "}");
    }
}
