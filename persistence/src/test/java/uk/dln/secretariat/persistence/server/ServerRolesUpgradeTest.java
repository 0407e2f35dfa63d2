package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.SchemaVersions;

/**
 * A workspace shared before each workspace had roles of its own (server migration V5, decision 0050): the people
 * granted a role for it keep that role, in its own roles, and a role someone was granted for another workspace on the
 * same server gives them nothing in it.
 */
@ExtendWith(PostgresExtension.class)
class ServerRolesUpgradeTest {

    @Test
    void upgradingKeepsEachPersonsRoleForThisWorkspaceAndNoneFromAnother(TestDatabase database, TestDatabase other)
            throws SQLException {
        String carol = "carol_" + database.name();
        String rhys = "rhys_" + database.name();
        String sam = "sam_" + database.name();
        Flyway.configure(getClass().getClassLoader()).dataSource(database.jdbcUrl(), PostgresServer.SUPERUSER, "")
                .locations(SchemaVersions.SERVER_MIGRATIONS).target("4").load().migrate();
        try (var owner = database.connect(); var statement = owner.createStatement()) {
            statement.execute("INSERT INTO organisation (id, name, short_name, kind, changed_at) VALUES (101,"
                    + " 'Home Office', 'HO', 'MINISTERIAL_DEPARTMENT', '2026-11-01T09:00:00')");
            // As admin grant did before V5: the server-wide role, CONNECT on the workspace, a coordinator's organisation.
            statement.execute("CREATE ROLE " + carol + " LOGIN");
            statement.execute("GRANT secretariat_coordinator TO " + carol);
            statement.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + carol);
            statement.execute("INSERT INTO server_member (role_name, organisation_id) VALUES ('" + carol + "', 101)");
            statement.execute("CREATE ROLE " + rhys + " LOGIN");
            statement.execute("GRANT secretariat_reader TO " + rhys);
            statement.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + rhys);
            // The secretariat of another workspace on the server; carol is too.
            statement.execute("CREATE ROLE " + sam + " LOGIN");
            statement.execute("GRANT secretariat_secretariat TO " + sam + ", " + carol);
            statement.execute("GRANT CONNECT ON DATABASE " + other.name() + " TO " + sam + ", " + carol);
        }
        try {
            ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC()).close();

            try (var owner = database.connect()) {
                long workspace = number(owner, "SELECT oid FROM pg_database WHERE datname = current_database()");
                assertEquals(List.of(false, true, false), roles(owner, carol, workspace));
                assertEquals(List.of(false, false, true), roles(owner, rhys, workspace));
                assertEquals(List.of(false, false, false), roles(owner, sam, workspace));
            }
        } finally {
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                for (String name : List.of(carol, rhys, sam)) {
                    statement.execute("DROP OWNED BY " + name);
                    statement.execute("DROP ROLE " + name);
                }
            }
        }
    }

    @Test
    void someoneOtherThanTheOwnerOpeningAWorkspaceThatNeedsUpgradingIsToldToAskTheOwnerAndNothingChanges(
            TestDatabase database) throws SQLException {
        String carol = "carol_" + database.name();
        var migrations = Flyway.configure(getClass().getClassLoader())
                .dataSource(database.jdbcUrl(), PostgresServer.SUPERUSER, "").locations(SchemaVersions.SERVER_MIGRATIONS);
        migrations.target("4").load().migrate();
        // The version the app would upgrade to: the newest server migration it carries.
        var known = migrations.target("latest").load().info().all();
        String latest = known[known.length - 1].getVersion().getVersion();
        try (var owner = database.connect(); var statement = owner.createStatement()) {
            statement.execute("CREATE ROLE " + carol + " LOGIN");
            statement.execute("GRANT secretariat_coordinator TO " + carol);
        }
        try {
            var address = ServerAddress.parse(database.address());
            var carols = new ServerAddress(address.host(), address.port(), address.database(), carol);

            var refused = assertThrows(SecretariatException.class, () -> ServerWorkspace.open(carols, Clock.systemUTC()));

            assertEquals("workspace.error.serverUpgradeByOwner", refused.messageKey());
            assertEquals(List.of(carols, "4", latest), refused.arguments());
            try (var owner = database.connect()) {
                assertEquals(4, number(owner, "SELECT max(version::int) FROM flyway_schema_history"));
            }
        } finally {
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                statement.execute("DROP OWNED BY " + carol);
                statement.execute("DROP ROLE " + carol);
            }
        }
    }

    /** Whether the person is this workspace's secretariat, coordinator and reader. */
    private static List<Boolean> roles(Connection connection, String person, long workspace) throws SQLException {
        var found = new ArrayList<Boolean>();
        for (ServerRole role : ServerRole.values()) {
            found.add(number(connection, "SELECT pg_has_role('" + person + "', '" + role.groupRole(workspace)
                    + "', 'MEMBER')::int") == 1);
        }
        return found;
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
