package uk.dln.secretariat.persistence.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared workspace holding two departments' records, and people logged in with roles of their own, for the tests
 * of the server's roles (decision 0038, "Roles"). Role names are the whole server's, so each is made unique to its
 * test database and dropped when the test ends.
 */
public final class TwoDepartments implements AutoCloseable {

    /** The Home Office: its roadmap, milestone and action. */
    public static final long HOME_OFFICE = 101;
    /** The Department for Work and Pensions: the other department. */
    public static final long WORK_AND_PENSIONS = 102;
    public static final long HOME_OFFICE_ROADMAP = 101;
    public static final long WORK_AND_PENSIONS_ROADMAP = 102;
    public static final long HOME_OFFICE_MILESTONE = 101;
    public static final long WORK_AND_PENSIONS_MILESTONE = 102;
    public static final long HOME_OFFICE_ACTION = 101;
    public static final long WORK_AND_PENSIONS_ACTION = 102;

    private static final String RECORDS = """
            INSERT INTO organisation (id, name, short_name, kind, changed_at) VALUES
                (101, 'Home Office', 'HO', 'MINISTERIAL_DEPARTMENT', '2026-11-01T09:00:00'),
                (102, 'Department for Work and Pensions', 'DWP', 'MINISTERIAL_DEPARTMENT', '2026-11-01T09:00:00');
            INSERT INTO leader (id, name, changed_at) VALUES (101, 'Ann Leader', '2026-11-01T09:00:00');
            INSERT INTO meeting (id, number, meeting_on, start_time, slot_minutes, place, kind, status, marking,
                                 changed_at)
                VALUES (101, 1, '2026-11-05', '10:00', 120, 'Room 1', 'MONTHLY', 'HELD', 'OFFICIAL',
                        '2026-11-01T09:00:00');
            INSERT INTO action (id, reference, sequence, description, owner_id, organisation_id, meeting_id, raised_on,
                                due_on, status, changed_at) VALUES
                (101, 'A26/11/01', 1, 'Publish the Home Office roadmap', 101, 101, 101, '2026-11-05', '2026-12-31',
                 'OPEN', '2026-11-05T12:00:00'),
                (102, 'A26/11/02', 2, 'Publish the DWP roadmap', 101, 102, 101, '2026-11-05', '2026-12-31',
                 'OPEN', '2026-11-05T12:00:00');
            INSERT INTO roadmap (id, organisation_id, period_id, strategy_title, changed_at) VALUES
                (101, 101, (SELECT id FROM spending_review_period WHERE code = 'SR2025'), 'Home Office digital',
                 '2026-11-01T09:00:00'),
                (102, 102, (SELECT id FROM spending_review_period WHERE code = 'SR2025'), 'DWP digital',
                 '2026-11-01T09:00:00');
            INSERT INTO milestone (id, roadmap_id, title, baseline_date, forecast_date, status, confidence, changed_at)
                VALUES (101, 101, 'Passports online', '2027-03-31', '2027-03-31', 'IN_PROGRESS', 'AMBER',
                        '2026-11-01T09:00:00'),
                       (102, 102, 'Universal Credit migration', '2027-03-31', '2027-03-31', 'IN_PROGRESS', 'GREEN',
                        '2026-11-01T09:00:00');
            """;

    private final TestDatabase database;
    private final List<String> roles = new ArrayList<>();

    private TwoDepartments(TestDatabase database) {
        this.database = database;
    }

    /** Migrates the database (as the superuser, its owner) and fills it with the two departments' records. */
    public static TwoDepartments in(TestDatabase database) throws SQLException {
        ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC()).close();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute(RECORDS);
        }
        return new TwoDepartments(database);
    }

    /**
     * A person granted the role as {@code secretariat admin grant} does, logged in as a role of their own.
     *
     * @param organisation the coordinator's organisation's short name; null for the other roles
     * @return the login role's name, unique to this test
     */
    public String person(String who, ServerRole role, String organisation) {
        String name = claim(who);
        ServerRoles.grant(ServerAddress.parse(database.address()), role, name, organisation, Clock.systemUTC());
        return name;
    }

    /** A login name unique to this test, dropped with its grants when the test ends, for a test that grants it. */
    public String claim(String who) {
        String name = who + "_" + database.name();
        roles.add(name);
        return name;
    }

    /** A connection as that person, over loopback without a password, as the tests' server trusts it. */
    public Connection connectAs(String name) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), name, "");
    }

    /** The workspace's address as that person would give it. */
    public ServerAddress addressOf(String name) {
        var address = ServerAddress.parse(database.address());
        return new ServerAddress(address.host(), address.port(), address.database(), name);
    }

    @Override
    public void close() throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            for (String name : roles) {
                try (var found = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
                    if (!found.next()) {
                        continue;
                    }
                }
                statement.execute("DROP OWNED BY \"" + name + "\"");
                statement.execute("DROP ROLE \"" + name + "\"");
            }
        }
    }
}
