package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_MILESTONE;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.AuditAction;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.FieldChange;
import uk.dln.secretariat.model.audit.RecordChange;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/**
 * Ten people saving at once on one shared workspace, each on a connection of their own and logged in as themselves
 * (seven of the secretariat, three of the Home Office's coordinators): on the same record exactly one save wins each
 * version and the others are refused naming the winner; on different records all succeed; nothing is lost, versions
 * only grow, the audit trail has one entry per save, and the other nine hear of each save within a second.
 */
@ExtendWith(PostgresExtension.class)
class TenClientsTest {

    private static final int CLIENTS = 10;
    private static final int ROUNDS = 5;
    private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** One person's open workspace, its feed, and what the feed heard when. */
    private record Client(String user, ServerWorkspace workspace, ChangeFeed feed, BlockingQueue<Heard> heard)
            implements AutoCloseable {

        @Override
        public void close() {
            feed.close();
            workspace.close();
        }
    }

    private record Heard(RecordChange change, long atNanos) {
    }

    /** A save's outcome: committed at a moment, or refused. */
    private record Outcome(Client client, long committedAtNanos, SecretariatException refusal) {

        boolean won() {
            return refusal == null;
        }
    }

    @Test
    void tenPeopleSavingTheSameRecordAtOnceEachVersionIsWonByExactlyOneAndNothingIsLost(TestDatabase database)
            throws Exception {
        try (var network = TwoDepartments.in(database)) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Client> clients = clients(network);
            try {
                var winners = new ArrayList<Outcome>();
                long lastVersion = -1;
                for (int round = 1; round <= ROUNDS; round++) {
                    long read = RecordVersions.current(clients.get(0).workspace().dsl(), MILESTONE,
                            HOME_OFFICE_MILESTONE);
                    assertTrue(read > lastVersion, "versions only grow: " + lastVersion + " then " + read);
                    lastVersion = read;
                    int thisRound = round;
                    List<Outcome> outcomes = all(pool, clients, client ->
                            save(client, HOME_OFFICE_MILESTONE, read, client.user() + " in round " + thisRound));

                    List<Outcome> won = outcomes.stream().filter(Outcome::won).toList();
                    assertEquals(1, won.size(), "round " + round + ": one winner");
                    Outcome winner = won.get(0);
                    for (Outcome lost : outcomes) {
                        if (!lost.won()) {
                            assertEquals("record.error.changedByOther", lost.refusal().messageKey());
                            assertEquals(winner.client().user(), lost.refusal().arguments().get(0),
                                    "the refusal names who saved first");
                            assertEquals("title", lost.refusal().arguments().get(2));
                        }
                    }
                    winners.add(winner);
                    assertOthersHeard(clients, winner, String.valueOf(HOME_OFFICE_MILESTONE));
                }

                var auditor = clients.get(0).workspace().data().audit();
                List<AuditEntry> saves = new ArrayList<>(auditor.history("milestone",
                        String.valueOf(HOME_OFFICE_MILESTONE)).stream()
                        .filter(entry -> entry.action() == AuditAction.CHANGED).toList());
                Collections.reverse(saves);
                assertEquals(ROUNDS, saves.size(), "one audit entry per successful save");
                String before = "Passports online";
                for (int round = 0; round < ROUNDS; round++) {
                    String user = winners.get(round).client().user();
                    String title = user + " in round " + (round + 1);
                    assertEquals(user, saves.get(round).changedBy());
                    assertEquals(List.of(new FieldChange("title", before, title)), saves.get(round).changes());
                    before = title;
                }
                assertEquals(before, title(clients.get(0), HOME_OFFICE_MILESTONE), "the last save is what is kept");
                assertTrue(RecordVersions.current(clients.get(0).workspace().dsl(), MILESTONE, HOME_OFFICE_MILESTONE)
                        > lastVersion);
            } finally {
                pool.shutdownNow();
                clients.forEach(Client::close);
            }
        }
    }

    @Test
    void tenPeopleSavingDifferentRecordsAtOnceAllSucceedAndEveryoneElseHearsOfEach(TestDatabase database)
            throws Exception {
        try (var network = TwoDepartments.in(database)) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                statement.execute("INSERT INTO milestone (id, roadmap_id, title, baseline_date, forecast_date, status,"
                        + " confidence, changed_at) SELECT 200 + n, 101, 'Milestone ' || n, '2027-03-31', '2027-03-31',"
                        + " 'IN_PROGRESS', 'AMBER', '2026-11-01T09:00:00' FROM generate_series(1, " + CLIENTS + ") n");
            }
            List<Client> clients = clients(network);
            try {
                long[] versions = new long[CLIENTS];
                for (int round = 1; round <= ROUNDS; round++) {
                    var read = new long[CLIENTS];
                    for (int i = 0; i < CLIENTS; i++) {
                        read[i] = RecordVersions.current(clients.get(0).workspace().dsl(), MILESTONE, 201 + i);
                        assertTrue(round == 1 || read[i] > versions[i], "versions only grow");
                        versions[i] = read[i];
                    }
                    int thisRound = round;
                    List<Outcome> outcomes = all(pool, clients, client -> {
                        int i = clients.indexOf(client);
                        return save(client, 201 + i, read[i], client.user() + " in round " + thisRound);
                    });

                    for (int i = 0; i < CLIENTS; i++) {
                        Outcome outcome = outcomes.get(i);
                        assertTrue(outcome.won(), () -> "refused: " + outcome.refusal().arguments());
                        assertOthersHeard(clients, outcome, String.valueOf(201 + i));
                    }
                }

                var auditor = clients.get(0).workspace().data().audit();
                for (int i = 0; i < CLIENTS; i++) {
                    var saves = auditor.history("milestone", String.valueOf(201 + i)).stream()
                            .filter(entry -> entry.action() == AuditAction.CHANGED).toList();
                    assertEquals(ROUNDS, saves.size());
                    assertEquals(clients.get(i).user() + " in round " + ROUNDS, title(clients.get(0), 201 + i));
                }
            } finally {
                pool.shutdownNow();
                clients.forEach(Client::close);
            }
        }
    }

    /** Seven of the secretariat and three Home Office coordinators, each with a workspace and a feed of their own. */
    private static List<Client> clients(TwoDepartments network) {
        var clients = new ArrayList<Client>();
        for (int i = 1; i <= CLIENTS; i++) {
            boolean coordinator = i > 7;
            String user = network.person((coordinator ? "coordinator" : "secretary") + i,
                    coordinator ? ServerRole.COORDINATOR : ServerRole.SECRETARIAT, coordinator ? "HO" : null);
            var workspace = ServerWorkspace.open(network.addressOf(user), Clock.systemUTC());
            var heard = new LinkedBlockingQueue<Heard>();
            var feed = workspace.changes(change -> heard.add(new Heard(change, System.nanoTime())));
            clients.add(new Client(user, workspace, feed, heard));
        }
        return clients;
    }

    private interface Save {
        Outcome by(Client client) throws Exception;
    }

    /** Every client saves at the same moment (as near as a barrier gets), in its own thread. */
    private static List<Outcome> all(ExecutorService pool, List<Client> clients, Save save) throws Exception {
        var start = new CyclicBarrier(clients.size());
        var futures = new ArrayList<Future<Outcome>>();
        for (Client client : clients) {
            futures.add(pool.submit(() -> {
                start.await();
                return save.by(client);
            }));
        }
        var outcomes = new ArrayList<Outcome>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** A save as an editor makes it: claim the version read, then change the record, in one transaction. */
    private static Outcome save(Client client, long milestone, long readVersion, String title) {
        try {
            client.workspace().dsl().transaction(tx -> {
                RecordVersions.claim(tx.dsl(), MILESTONE, milestone, readVersion);
                tx.dsl().update(MILESTONE).set(MILESTONE.TITLE, title).where(MILESTONE.ID.eq(milestone)).execute();
            });
            return new Outcome(client, System.nanoTime(), null);
        } catch (SecretariatException refused) {
            return new Outcome(client, 0, refused);
        }
    }

    /** Each of the other nine hears of the save, naming its record and who saved it, within a second. */
    private static void assertOthersHeard(List<Client> clients, Outcome save, String recordId)
            throws InterruptedException {
        var expected = new RecordChange("milestone", recordId, save.client().user());
        for (Client other : clients) {
            if (other == save.client()) {
                continue;
            }
            Heard heard = await(other.heard(), expected);
            assertNotNull(heard, () -> other.user() + " did not hear " + expected + " but " + other.heard().stream()
                    .map(Heard::change).toList());
            long tookNanos = heard.atNanos() - save.committedAtNanos();
            assertTrue(tookNanos < SECOND_NANOS, other.user() + " heard " + expected + " after "
                    + TimeUnit.NANOSECONDS.toMillis(tookNanos) + " ms");
        }
    }

    /** The first time the feed heard this change, waiting up to five seconds (the limit is checked on its time). */
    private static Heard await(BlockingQueue<Heard> heard, RecordChange expected) throws InterruptedException {
        long ends = System.nanoTime() + 5 * SECOND_NANOS;
        var passed = new ArrayList<Heard>();
        try {
            for (long left = ends - System.nanoTime(); left > 0; left = ends - System.nanoTime()) {
                Heard next = heard.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return null;
                }
                if (next.change().equals(expected)) {
                    return next;
                }
                passed.add(next);
            }
            return null;
        } finally {
            // Changes heard on the way belong to other saves of the same round.
            heard.addAll(passed);
        }
    }

    private static String title(Client client, long milestone) throws SQLException {
        return client.workspace().dsl().select(MILESTONE.TITLE).from(MILESTONE).where(MILESTONE.ID.eq(milestone))
                .fetchOne(MILESTONE.TITLE);
    }
}
