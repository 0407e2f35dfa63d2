package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_ACTION;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_MILESTONE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.model.audit.RecordChange;

/**
 * Changes others commit reach an open workspace's feed through the server's own notifications (decision 0045):
 * who changed which record, within a second, nothing for a change rolled back, one change for a bulk update, and
 * the feed back after its connection is cut.
 */
@ExtendWith(PostgresExtension.class)
class ChangeFeedTest {

    private static final long SECOND = 1000;

    @Test
    void aChangeAnotherPersonCommitsReachesTheFeedWithWhoChangedWhichRecordWithinASecond(TestDatabase database)
            throws Exception {
        try (var network = TwoDepartments.in(database)) {
            String carol = network.person("carol", ServerRole.COORDINATOR, "HO");
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC());
                 var feed = workspace.changes(heard::add);
                 var hers = network.connectAs(carol)) {
                long committed = System.nanoTime();
                execute(hers, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);

                RecordChange change = heard.poll(SECOND, TimeUnit.MILLISECONDS);
                long tookMillis = (System.nanoTime() - committed) / 1_000_000;

                assertEquals(new RecordChange("milestone", String.valueOf(HOME_OFFICE_MILESTONE), carol), change);
                assertTrue(tookMillis < SECOND, tookMillis + " ms");
            }
        }
    }

    @Test
    void aChangeRolledBackNotifiesNobody(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database)) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
                 var other = database.connect()) {
                other.setAutoCommit(false);
                execute(other, "UPDATE action SET status = 'CLOSED', closed_on = '2026-12-03' WHERE id = "
                        + HOME_OFFICE_ACTION);
                other.rollback();
                // A change committed after it comes first: the rolled-back one was never sent.
                execute(other, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);
                other.commit();

                assertEquals("milestone", heard.poll(5 * SECOND, TimeUnit.MILLISECONDS).table());
                assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Test
    void aBulkUpdateOfAThousandRowsIsOneChangeToTheTableAndFewRowsNameEachRecord(TestDatabase database)
            throws Exception {
        try (var network = TwoDepartments.in(database)) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
                 var other = database.connect()) {
                execute(other, "INSERT INTO action (id, reference, sequence, description, owner_id, organisation_id,"
                        + " meeting_id, raised_on, due_on, status, changed_at)"
                        + " SELECT 1000 + n, 'A26/11/' || lpad(n::text, 4, '0'), n, 'Action ' || n, 101, 101, 101, '2026-11-05', '2026-12-31', 'OPEN',"
                        + " '2026-11-05T12:00:00' FROM generate_series(3, 1002) AS n");
                assertEquals(RecordChange.wholeTable("action", "postgres"), heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));

                execute(other, "UPDATE action SET due_on = '2027-01-31' WHERE organisation_id = 101");
                assertEquals(RecordChange.wholeTable("action", "postgres"), heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));

                execute(other, "UPDATE action SET due_on = '2027-02-28' WHERE id IN (101, 102)");
                assertEquals(List.of(new RecordChange("action", "101", "postgres"),
                        new RecordChange("action", "102", "postgres")), next(heard, 2));
                assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Test
    void fiveHundredSavesCommittedAtOnceAreToldAsOneChangeToTheTable(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database)) {
            try (var other = database.connect()) {
                execute(other, "INSERT INTO action (id, reference, sequence, description, owner_id, organisation_id,"
                        + " meeting_id, raised_on, due_on, status, changed_at)"
                        + " SELECT 1000 + n, 'A26/11/' || lpad(n::text, 4, '0'), n, 'Action ' || n, 101, 101, 101, '2026-11-05', '2026-12-31', 'OPEN',"
                        + " '2026-11-05T12:00:00' FROM generate_series(3, 502) AS n");
            }
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
                 var other = database.connect()) {
                other.setAutoCommit(false);
                try (var statement = other.prepareStatement("UPDATE action SET status = 'IN_PROGRESS' WHERE id = ?")) {
                    for (long id = 1003; id <= 1502; id++) {
                        statement.setLong(1, id);
                        statement.executeUpdate();
                    }
                }
                other.commit();

                assertEquals(RecordChange.wholeTable("action", "postgres"), heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));
                assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Test
    void aFeedWhoseConnectionIsCutListensAgainAndSaysAnythingMayHaveChanged(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database)) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
                 var other = database.connect()) {
                assertEquals(1, terminateFeedConnections(other, database));

                assertEquals(RecordChange.anything(), heard.poll(10 * SECOND, TimeUnit.MILLISECONDS));
                execute(other, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);
                assertEquals(new RecordChange("milestone", String.valueOf(HOME_OFFICE_MILESTONE), "postgres"),
                        heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));
            }
        }
    }

    @Test
    void aClosedFeedTellsNothingMoreAndLeavesNoConnectionBehind(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database); var other = database.connect()) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
            assertEquals(1, feedConnections(other, database));

            feed.close();
            execute(other, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);

            assertNull(heard.poll(500, TimeUnit.MILLISECONDS));
            assertEquals(0, feedConnections(other, database));
        }
    }

    @Test
    void aConsumerThatFailsDoesNotStopTheFeed(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database)) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), change -> {
                heard.add(change);
                throw new IllegalStateException("a view that broke");
            }); var other = database.connect()) {
                execute(other, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);
                assertNotNull(heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));
                execute(other, "UPDATE action SET status = 'IN_PROGRESS' WHERE id = " + HOME_OFFICE_ACTION);
                assertEquals("action", heard.poll(5 * SECOND, TimeUnit.MILLISECONDS).table());
            }
        }
    }

    @Test
    void aWholeWorkspaceSharedOntoTheServerIsOneChangeToAnything(TestDatabase database, @TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("network.secretariat");
        try (var workspace = Workspace.open(file, Clock.systemUTC())) {
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        var address = ServerAddress.parse(database.address());
        ServerWorkspace.open(address, Clock.systemUTC()).close();
        var heard = new LinkedBlockingQueue<RecordChange>();
        try (var feed = ChangeFeed.listen(address, heard::add)) {
            WorkspaceCopy.share(file, address, Clock.systemUTC());

            assertEquals(RecordChange.anything(), heard.poll(5 * SECOND, TimeUnit.MILLISECONDS));
            assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void aNoticeThatIsNotOursIsNoChange(TestDatabase database) throws Exception {
        try (var network = TwoDepartments.in(database)) {
            var heard = new LinkedBlockingQueue<RecordChange>();
            try (var feed = ChangeFeed.listen(ServerAddress.parse(database.address()), heard::add);
                 var other = database.connect()) {
                execute(other, "NOTIFY workspace_changes, 'hello'");
                execute(other, "UPDATE milestone SET confidence = 'RED' WHERE id = " + HOME_OFFICE_MILESTONE);
                assertEquals("milestone", heard.poll(5 * SECOND, TimeUnit.MILLISECONDS).table());
                assertNull(heard.poll(300, TimeUnit.MILLISECONDS));
            }
        }
    }

    private static List<RecordChange> next(BlockingQueue<RecordChange> heard, int count) throws InterruptedException {
        var changes = new ArrayList<RecordChange>();
        for (int i = 0; i < count; i++) {
            RecordChange change = heard.poll(5 * SECOND, TimeUnit.MILLISECONDS);
            assertNotNull(change, "change " + (i + 1) + " of " + count);
            changes.add(change);
        }
        return changes;
    }

    private static int terminateFeedConnections(Connection connection, TestDatabase database) throws SQLException {
        return count(connection, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                + database.name() + "' AND application_name = '" + ChangeFeed.APPLICATION_NAME + "'");
    }

    private static int feedConnections(Connection connection, TestDatabase database) throws SQLException {
        return count(connection, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database.name()
                + "' AND application_name = '" + ChangeFeed.APPLICATION_NAME + "'");
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
