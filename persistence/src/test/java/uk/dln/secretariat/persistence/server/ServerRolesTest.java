package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_ACTION;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_MILESTONE;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_ROADMAP;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_ACTION;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_MILESTONE;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_ROADMAP;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.SecretariatException;

/**
 * The server's roles, tried with plain SQL by people logged in as themselves (decision 0038, "Roles"): whatever
 * program writes to the server, a coordinator changes only their own organisation's records, a reader nothing, the
 * secretariat everything, and the audit trail names who changed what.
 */
@ExtendWith(PostgresExtension.class)
class ServerRolesTest {

    private static final String REFUSED = ServerRefusals.INSUFFICIENT_PRIVILEGE;

    @Test
    void aCoordinatorChangesTheirOwnOrganisationsMilestonesAndActions(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var carol = network.connectAs(coordinator)) {
                assertEquals(1, update(carol, "UPDATE milestone SET forecast_date = '2027-06-30', confidence = 'RED'"
                        + " WHERE id = " + HOME_OFFICE_MILESTONE));
                assertEquals(1, update(carol, "INSERT INTO milestone (roadmap_id, title, baseline_date, forecast_date,"
                        + " status, confidence, changed_at) VALUES (101, 'Visas online', '2027-09-30', '2027-09-30',"
                        + " 'NOT_STARTED', 'AMBER', '2026-12-03T10:00:00')"));
                assertEquals(1, update(carol, "UPDATE action SET status = 'IN_PROGRESS' WHERE id = " + HOME_OFFICE_ACTION));
                assertEquals(1, update(carol, "INSERT INTO action_update (action_id, written_on, author_id, text,"
                        + " changed_at) VALUES (101, '2026-12-03', 101, 'Draft with the board', '2026-12-03T10:00:00')"));
            }
        }
    }

    @Test
    void aCoordinatorCannotChangeAnotherOrganisationsRecordsByAnyRoute(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var carol = network.connectAs(coordinator)) {
                assertEquals(0, update(carol, "UPDATE milestone SET title = 'Mine now' WHERE id = "
                        + WORK_AND_PENSIONS_MILESTONE));
                assertEquals(0, update(carol, "DELETE FROM milestone WHERE id = " + WORK_AND_PENSIONS_MILESTONE));
                assertEquals(0, update(carol, "UPDATE action SET status = 'CLOSED', closed_on = '2026-12-03'"
                        + " WHERE id = " + WORK_AND_PENSIONS_ACTION));
                // Moving their own record to the other department, or making one for it, is refused outright.
                assertRefused(carol, "UPDATE milestone SET roadmap_id = " + WORK_AND_PENSIONS_ROADMAP
                        + " WHERE id = " + HOME_OFFICE_MILESTONE);
                assertRefused(carol, "UPDATE action SET organisation_id = 102 WHERE id = " + HOME_OFFICE_ACTION);
                assertRefused(carol, "INSERT INTO milestone (roadmap_id, title, baseline_date, forecast_date, status,"
                        + " confidence, changed_at) VALUES (102, 'Planted', '2027-03-31', '2027-03-31', 'NOT_STARTED',"
                        + " 'GREEN', '2026-12-03T10:00:00')");
                assertRefused(carol, "INSERT INTO action_update (action_id, written_on, author_id, text, changed_at)"
                        + " VALUES (102, '2026-12-03', 101, 'Planted', '2026-12-03T10:00:00')");
                assertRefused(carol, "INSERT INTO milestone_change (milestone_id, changed_at, baseline_date,"
                        + " forecast_date, confidence) VALUES (102, '2026-12-03T10:00:00', '2027-03-31', '2027-03-31',"
                        + " 'RED')");
                // Nor by claiming the other department, or by what the meeting owns, or the directory.
                assertRefused(carol, "INSERT INTO server_member (role_name, organisation_id) VALUES ('" + coordinator
                        + "', 102)");
                assertRefused(carol, "UPDATE action SET description = 'Reworded' WHERE id = " + HOME_OFFICE_ACTION);
                assertRefused(carol, "UPDATE organisation SET notes = 'x' WHERE id = 102");
                // A temporary table of the same name cannot stand in for the record of who coordinates what.
                update(carol, "CREATE TEMPORARY TABLE server_member (role_name text, organisation_id bigint)");
                update(carol, "INSERT INTO pg_temp.server_member VALUES ('" + coordinator + "', 102)");
                assertEquals(0, update(carol, "UPDATE milestone SET title = 'Mine now' WHERE id = "
                        + WORK_AND_PENSIONS_MILESTONE));
            }
            try (var owner = database.connect(); var statement = owner.createStatement();
                 var row = statement.executeQuery("SELECT title, roadmap_id FROM milestone WHERE id = "
                         + WORK_AND_PENSIONS_MILESTONE)) {
                assertTrue(row.next());
                assertEquals("Universal Credit migration 102", row.getString(1) + " " + row.getLong(2));
            }
        }
    }

    @Test
    void aCoordinatorJudgesTheirOwnOrganisationsOverallConfidenceAndNoOtherOne(TestDatabase database)
            throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var owner = database.connect()) {
                assertEquals(1, update(owner, "INSERT INTO roadmap_confidence (roadmap_id, confidence, rationale, set_on,"
                        + " changed_at) VALUES (" + WORK_AND_PENSIONS_ROADMAP + ", 'GREEN', 'On track', '2026-11-03',"
                        + " '2026-11-03T10:00:00')"));
            }
            try (var carol = network.connectAs(coordinator)) {
                assertEquals(1, update(carol, "INSERT INTO roadmap_confidence (roadmap_id, confidence, rationale, set_on,"
                        + " changed_at) VALUES (" + HOME_OFFICE_ROADMAP + ", 'AMBER', 'Visas late but funded',"
                        + " '2026-12-03', '2026-12-03T10:00:00')"));
                assertEquals(1, update(carol, "UPDATE roadmap_confidence SET version = version + 1 WHERE roadmap_id = "
                        + HOME_OFFICE_ROADMAP));
                assertRefused(carol, "INSERT INTO roadmap_confidence (roadmap_id, confidence, rationale, set_on,"
                        + " changed_at) VALUES (" + WORK_AND_PENSIONS_ROADMAP + ", 'RED', 'Planted', '2026-12-03',"
                        + " '2026-12-03T10:00:00')");
                assertEquals(0, update(carol, "UPDATE roadmap_confidence SET rationale = 'Mine now' WHERE roadmap_id = "
                        + WORK_AND_PENSIONS_ROADMAP));
                // A judgement is history: a coordinator deletes none, their own or another's.
                assertRefused(carol, "DELETE FROM roadmap_confidence WHERE roadmap_id = " + WORK_AND_PENSIONS_ROADMAP);
                assertRefused(carol, "UPDATE roadmap_confidence SET roadmap_id = " + WORK_AND_PENSIONS_ROADMAP
                        + " WHERE roadmap_id = " + HOME_OFFICE_ROADMAP);
            }
            try (var owner = database.connect()) {
                assertEquals(1, count(owner, "SELECT count(*) FROM roadmap_confidence WHERE roadmap_id = "
                        + WORK_AND_PENSIONS_ROADMAP + " AND rationale = 'On track'"));
            }
        }
    }

    @Test
    void aCoordinatorCannotUnlinkAnotherOrganisationsMilestoneOrRiskByDeletingTheirOwnMilestone(TestDatabase database)
            throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                // The other department's milestone depends on the Home Office's, and one of its risks is linked to it.
                statement.execute("INSERT INTO milestone_dependency (milestone_id, depends_on_id) VALUES ("
                        + WORK_AND_PENSIONS_MILESTONE + ", " + HOME_OFFICE_MILESTONE + ")");
                statement.execute("INSERT INTO risk (id, roadmap_id, title, likelihood, impact, status, review_date,"
                        + " changed_at) VALUES (102, " + WORK_AND_PENSIONS_ROADMAP + ", 'Hosting slips', 3, 4, 'OPEN',"
                        + " '2027-01-31', '2026-11-01T09:00:00')");
                statement.execute("INSERT INTO risk_milestone (risk_id, milestone_id) VALUES (102, "
                        + HOME_OFFICE_MILESTONE + ")");
            }
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var carol = network.connectAs(coordinator)) {
                // Deleting a row cascades to the rows that refer to it whoever owns them, past row-level security.
                assertRefused(carol, "DELETE FROM milestone WHERE id = " + HOME_OFFICE_MILESTONE);
            }
            try (var owner = database.connect()) {
                assertEquals(1, count(owner, "SELECT count(*) FROM milestone_dependency WHERE milestone_id = "
                        + WORK_AND_PENSIONS_MILESTONE));
                assertEquals(1, count(owner, "SELECT count(*) FROM risk_milestone WHERE risk_id = 102"));
                assertEquals(1, count(owner, "SELECT count(*) FROM milestone WHERE id = " + HOME_OFFICE_MILESTONE));
            }
            // Once nothing of another organisation's refers to it, it is theirs to delete.
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                statement.execute("DELETE FROM milestone_dependency");
                statement.execute("DELETE FROM risk_milestone");
            }
            try (var carol = network.connectAs(coordinator)) {
                assertEquals(1, update(carol, "DELETE FROM milestone WHERE id = " + HOME_OFFICE_MILESTONE));
            }
        }
    }

    @Test
    void theSecretariatDeletesAMilestoneOthersAreLinkedTo(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                statement.execute("INSERT INTO milestone_dependency (milestone_id, depends_on_id) VALUES ("
                        + WORK_AND_PENSIONS_MILESTONE + ", " + HOME_OFFICE_MILESTONE + ")");
            }
            String secretariat = network.person("sam", ServerRole.SECRETARIAT, null);
            try (var sam = network.connectAs(secretariat)) {
                assertEquals(1, update(sam, "DELETE FROM milestone WHERE id = " + HOME_OFFICE_MILESTONE));
                assertEquals(0, count(sam, "SELECT count(*) FROM milestone_dependency"));
            }
        }
    }

    @Test
    void aRoleInAnotherWorkspaceOnTheSameServerGivesNothingInThisOne(TestDatabase database, TestDatabase other)
            throws SQLException {
        try (var network = TwoDepartments.in(database); var practice = TwoDepartments.in(other)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            String stranger = network.claim("sam");
            // Role names are the whole server's; being the secretariat of a second workspace on it, or its reader,
            // is no role in this one.
            ServerRoles.grant(ServerAddress.parse(other.address()), ServerRole.SECRETARIAT, coordinator, null,
                    Clock.systemUTC());
            ServerRoles.grant(ServerAddress.parse(other.address()), ServerRole.SECRETARIAT, stranger, null,
                    Clock.systemUTC());
            try (var carol = network.connectAs(coordinator)) {
                assertEquals(0, update(carol, "UPDATE milestone SET title = 'Mine now' WHERE id = "
                        + WORK_AND_PENSIONS_MILESTONE));
                assertRefused(carol, "INSERT INTO server_member (role_name, organisation_id) VALUES ('" + coordinator
                        + "', 102)");
                assertRefused(carol, "UPDATE roadmap SET organisation_id = 101 WHERE id = " + WORK_AND_PENSIONS_ROADMAP);
                assertRefused(carol, "UPDATE organisation SET short_name = 'HO2' WHERE id = 101");
                // Their own organisation's records stay theirs to change.
                assertEquals(1, update(carol, "UPDATE milestone SET confidence = 'RED' WHERE id = "
                        + HOME_OFFICE_MILESTONE));
            }
            try (var sam = network.connectAs(stranger)) {
                assertRefused(sam, "UPDATE milestone SET title = 'Mine now' WHERE id = " + WORK_AND_PENSIONS_MILESTONE);
                assertRefused(sam, "SELECT count(*) FROM milestone");
            }
            try (var owner = database.connect()) {
                assertEquals(1, count(owner, "SELECT count(*) FROM milestone WHERE title = 'Universal Credit migration'"));
                assertEquals(0, count(owner, "SELECT count(*) FROM server_member WHERE organisation_id = 102"));
            }
        }
    }

    @Test
    void aReaderReadsEverythingAndWritesNothing(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String reader = network.person("rhys", ServerRole.READER, null);
            try (var rhys = network.connectAs(reader)) {
                assertEquals(2, count(rhys, "SELECT count(*) FROM milestone"));
                assertTrue(count(rhys, "SELECT count(*) FROM audit_log") > 0);
                assertRefused(rhys, "UPDATE milestone SET title = 'Changed' WHERE id = " + HOME_OFFICE_MILESTONE);
                assertRefused(rhys, "UPDATE action SET status = 'IN_PROGRESS' WHERE id = " + HOME_OFFICE_ACTION);
                assertRefused(rhys, "DELETE FROM action_update");
                assertRefused(rhys, "INSERT INTO organisation (name, short_name, kind, changed_at)"
                        + " VALUES ('Cabinet Office', 'CO', 'MINISTERIAL_DEPARTMENT', '2026-12-03T10:00:00')");
                assertRefused(rhys, "UPDATE network_setting SET value = 'x'");
            }
        }
    }

    @Test
    void theSecretariatChangesEverythingButTheAuditLog(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String secretariat = network.person("sam", ServerRole.SECRETARIAT, null);
            try (var sam = network.connectAs(secretariat)) {
                assertEquals(2, update(sam, "UPDATE milestone SET confidence = 'AMBER_GREEN'"));
                assertEquals(1, update(sam, "UPDATE action SET description = 'Publish both roadmaps', organisation_id"
                        + " = 101 WHERE id = " + WORK_AND_PENSIONS_ACTION));
                assertEquals(1, update(sam, "INSERT INTO organisation (name, short_name, kind, changed_at)"
                        + " VALUES ('Cabinet Office', 'CO', 'MINISTERIAL_DEPARTMENT', '2026-12-03T10:00:00')"));
                assertEquals(1, update(sam, "INSERT INTO server_member (role_name, organisation_id) VALUES"
                        + " ('someone', 102)"));
                assertEquals(1, update(sam, "DELETE FROM milestone WHERE id = " + WORK_AND_PENSIONS_MILESTONE));
                assertRefused(sam, "INSERT INTO audit_log (changed_at, changed_by, record_table, record_id, action,"
                        + " changes) VALUES ('2026-12-03T10:00', 'someone else', 'milestone', '1', 'UPDATE', '{}')");
                assertRefused(sam, "SELECT audit_write(NULL, 'someone else', 'milestone', '1', 'UPDATE', '{}')");
            }
        }
    }

    @Test
    void theAuditLogRecordsACoordinatorsChangeUnderTheirOwnDatabaseUser(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var carol = network.connectAs(coordinator)) {
                // Nor can a temporary table of the audit log's name take the entry instead.
                update(carol, "CREATE TEMPORARY TABLE audit_log (LIKE public.audit_log)");
                update(carol, "UPDATE milestone SET title = 'Passports and visas online' WHERE id = "
                        + HOME_OFFICE_MILESTONE);
            }
            try (var owner = database.connect(); var statement = owner.createStatement();
                 var entry = statement.executeQuery("SELECT changed_by, changes FROM audit_log WHERE record_table ="
                         + " 'milestone' AND record_id = '" + HOME_OFFICE_MILESTONE + "' AND action = 'UPDATE'")) {
                assertTrue(entry.next(), "the change is audited");
                assertEquals(coordinator, entry.getString(1));
                assertEquals("{ \"title\" : [\"Passports online\", \"Passports and visas online\"] }",
                        entry.getString(2));
            }
        }
    }

    @Test
    void grantingACoordinatorRefusesAnUnknownOrganisationNamingIt(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            var refused = assertThrows(SecretariatException.class,
                    () -> network.person("carol", ServerRole.COORDINATOR, "MOJ"));

            assertEquals("admin.error.unknownOrganisation", refused.messageKey());
            assertEquals("MOJ", refused.arguments().get(0));
        }
    }

    @Test
    void onlySomeoneAllowedToMakeRolesMayGrantThem(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String secretariat = network.person("sam", ServerRole.SECRETARIAT, null);

            var refused = assertThrows(SecretariatException.class, () -> ServerRoles.grant(
                    network.addressOf(secretariat), ServerRole.READER, "mallory_" + database.name(), null,
                    Clock.systemUTC()));

            assertEquals("admin.error.cannotCreateRoles", refused.messageKey());
            try (var owner = database.connect(); var statement = owner.createStatement();
                 var found = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory_"
                         + database.name() + "'")) {
                found.next();
                assertEquals(0, found.getInt(1));
            }
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void assertRefused(Connection connection, String sql) {
        var refused = assertThrows(SQLException.class, () -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
        assertEquals(REFUSED, refused.getSQLState(), sql + ": " + refused.getMessage());
    }
}
