package uk.dln.secretariat.persistence.server;

import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/**
 * Ten people saving at once on a shared workspace over loopback (decision 0045), each figure against bare JDBC doing
 * the same in the same run:
 * <ul>
 *   <li><b>save time</b>: a save through the workspace's own jOOQ context, as the repositories make it (pooled
 *       connection, the audit actor's row, {@link RecordVersions#claim}, the UPDATE; the server's version, audit and
 *       notice triggers), against a plain JDBC connection sending the same two UPDATEs in one transaction (the same
 *       triggers run; only the app's side differs);</li>
 *   <li><b>time until another client hears it</b>: one client saves a record every {@value #SPACING_MILLIS} ms while
 *       the other nine listen with a {@link ChangeFeed} and, beside them, nine plain JDBC connections LISTEN to the
 *       same channel and wait in the driver; quiet, and again while the nine also save their own records without
 *       pause.</li>
 * </ul>
 * In this package (in the benchmarks module) to use the workspace's own context, as the repositories do. The server is
 * the tests' ({@link PostgresServer}: Debian's PostgreSQL on loopback, fsync off).
 * {@code java -cp ... uk.dln.secretariat.persistence.server.SharedWorkspaceProbe [SAVES_PER_CLIENT] [ROUNDS]}
 */
public final class SharedWorkspaceProbe {

    private static final int CLIENTS = 10;
    private static final int WARM_UP = 50;
    private static final long SPACING_MILLIS = 200;
    private static final int HEARD_SAVES = 100;
    private static final long FIRST_MILESTONE = 201;

    private SharedWorkspaceProbe() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var database = PostgresServer.shared().newDatabase();
        try (var network = TwoDepartments.in(database)) {
            try (var owner = database.connect(); var statement = owner.createStatement()) {
                statement.execute("INSERT INTO milestone (id, roadmap_id, title, baseline_date, forecast_date, status,"
                        + " confidence, changed_at) SELECT " + (FIRST_MILESTONE - 1) + " + n, 101, 'Milestone ' || n,"
                        + " '2027-03-31', '2027-03-31', 'IN_PROGRESS', 'AMBER', '2026-11-01T09:00:00'"
                        + " FROM generate_series(1, " + CLIENTS + ") n");
            }
            var users = new ArrayList<String>();
            for (int i = 1; i <= CLIENTS; i++) {
                users.add(network.person("bench" + i, ServerRole.SECRETARIAT, null));
            }
            var workspaces = new ArrayList<ServerWorkspace>();
            var connections = new ArrayList<Connection>();
            for (String user : users) {
                workspaces.add(ServerWorkspace.open(network.addressOf(user), Clock.systemUTC()));
                Connection connection = network.connectAs(user);
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                System.out.printf("%d clients, %d saves each per round after %d to warm up, %d rounds; load %s%n",
                        CLIENTS, saves, WARM_UP, rounds, load());
                saveTimes(pool, workspaces, connections, saves, rounds);
                for (boolean busy : new boolean[] {false, true}) {
                    hearingTimes(pool, network, users, workspaces, busy);
                }
                System.out.printf("load after: %s%n", load());
            } finally {
                pool.shutdownNow();
                for (Connection connection : connections) {
                    connection.close();
                }
                workspaces.forEach(ServerWorkspace::close);
            }
        } finally {
            database.close();
        }
    }

    /** App and bare rounds take turns, so that load falls on both alike. */
    private static void saveTimes(ExecutorService pool, List<ServerWorkspace> workspaces, List<Connection> connections,
                                  int saves, int rounds) throws Exception {
        var app = new ArrayList<Long>();
        var bare = new ArrayList<Long>();
        for (int round = 0; round < rounds; round++) {
            app.addAll(concurrently(pool, client -> timedSaves(saves, () -> appSave(workspaces.get(client),
                    FIRST_MILESTONE + client))));
            bare.addAll(concurrently(pool, client -> timedSaves(saves, () -> bareSave(connections.get(client),
                    FIRST_MILESTONE + client))));
        }
        report("save, 10 at once: app (claim + update through the workspace's context)", app,
                "bare JDBC, same two UPDATEs", bare);
    }

    private interface Save {
        void run() throws Exception;
    }

    private interface PerClient {
        List<Long> run(int client) throws Exception;
    }

    private static List<Long> concurrently(ExecutorService pool, PerClient work) throws Exception {
        var start = new CyclicBarrier(CLIENTS);
        var futures = new ArrayList<Future<List<Long>>>();
        for (int client = 0; client < CLIENTS; client++) {
            int which = client;
            futures.add(pool.submit(() -> {
                start.await();
                return work.run(which);
            }));
        }
        var all = new ArrayList<Long>();
        for (var future : futures) {
            all.addAll(future.get(10, TimeUnit.MINUTES));
        }
        return all;
    }

    private static List<Long> timedSaves(int saves, Save save) throws Exception {
        var times = new ArrayList<Long>(saves);
        for (int i = 0; i < WARM_UP + saves; i++) {
            save.run();
            if (i >= WARM_UP) {
                times.add(SAVE_NANOS.get());
            }
        }
        return times;
    }

    /** A save as an editor will make it: the version read when the record was shown is claimed, then the change. */
    private static void appSave(ServerWorkspace workspace, long milestone) {
        long read = RecordVersions.current(workspace.dsl(), MILESTONE, milestone);
        String title = "Saved at " + System.nanoTime();
        long started = System.nanoTime();
        workspace.dsl().transaction(tx -> {
            RecordVersions.claim(tx.dsl(), MILESTONE, milestone, read);
            tx.dsl().update(MILESTONE).set(MILESTONE.TITLE, title).where(MILESTONE.ID.eq(milestone)).execute();
        });
        SAVE_NANOS.set(System.nanoTime() - started);
    }

    /** The same writes on a plain connection, prepared once. */
    private static void bareSave(Connection connection, long milestone) throws SQLException {
        long read;
        try (PreparedStatement version = connection.prepareStatement("SELECT version FROM milestone WHERE id = ?")) {
            version.setLong(1, milestone);
            try (var result = version.executeQuery()) {
                result.next();
                read = result.getLong(1);
            }
        }
        connection.commit();
        String title = "Saved at " + System.nanoTime();
        long started = System.nanoTime();
        try (PreparedStatement claim = connection.prepareStatement(
                "UPDATE milestone SET version = ? WHERE id = ? AND version = ?");
             PreparedStatement change = connection.prepareStatement("UPDATE milestone SET title = ? WHERE id = ?")) {
            claim.setLong(1, read + 1);
            claim.setLong(2, milestone);
            claim.setLong(3, read);
            if (claim.executeUpdate() != 1) {
                throw new IllegalStateException("claim lost on " + milestone);
            }
            change.setString(1, title);
            change.setLong(2, milestone);
            change.executeUpdate();
            connection.commit();
        }
        SAVE_NANOS.set(System.nanoTime() - started);
    }

    /** The save's own time, without reading the version first (which an editor did when it showed the record). */
    private static final ThreadLocal<Long> SAVE_NANOS = new ThreadLocal<>();

    /**
     * Client 0 saves its record every {@value #SPACING_MILLIS} ms; the other nine's feeds and nine bare listeners
     * note when they first hear of each save. Busy: the nine also save their own records without pause meanwhile.
     */
    private static void hearingTimes(ExecutorService pool, TwoDepartments network, List<String> users,
                                     List<ServerWorkspace> workspaces, boolean busy) throws Exception {
        int total = WARM_UP / 5 + HEARD_SAVES;
        String record = String.valueOf(FIRST_MILESTONE);
        var round = new AtomicInteger(-1);
        var committedAt = new long[total];
        var feedHeard = new long[CLIENTS - 1][total];
        var bareHeard = new long[CLIENTS - 1][total];
        for (long[] heard : feedHeard) {
            Arrays.fill(heard, -1);
        }
        for (long[] heard : bareHeard) {
            Arrays.fill(heard, -1);
        }
        var feeds = new ArrayList<ChangeFeed>();
        var listeners = new ArrayList<Connection>();
        var stop = new AtomicBoolean();
        var threads = new ArrayList<Thread>();
        try {
            for (int i = 1; i < CLIENTS; i++) {
                long[] heard = feedHeard[i - 1];
                feeds.add(workspaces.get(i).changes(change -> {
                    if (change.concerns("milestone", record)) {
                        note(heard, round.get());
                    }
                }));
                Connection listener = network.connectAs(users.get(i));
                try (var statement = listener.createStatement()) {
                    statement.execute("LISTEN " + ChangePayload.CHANNEL);
                }
                listeners.add(listener);
                long[] bare = bareHeard[i - 1];
                var thread = new Thread(() -> listen(listener, "\"" + record + "\"", bare, round, stop), "bare " + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            var background = new ArrayList<Future<?>>();
            if (busy) {
                for (int i = 1; i < CLIENTS; i++) {
                    var workspace = workspaces.get(i);
                    long milestone = FIRST_MILESTONE + i;
                    background.add(pool.submit(() -> {
                        while (!stop.get()) {
                            appSave(workspace, milestone);
                        }
                        return null;
                    }));
                }
            }
            for (int k = 0; k < total; k++) {
                round.set(k);
                appSave(workspaces.get(0), FIRST_MILESTONE);
                committedAt[k] = System.nanoTime();
                Thread.sleep(SPACING_MILLIS);
            }
            stop.set(true);
            for (var future : background) {
                future.get(1, TimeUnit.MINUTES);
            }
        } finally {
            stop.set(true);
            feeds.forEach(ChangeFeed::close);
            for (Thread thread : threads) {
                thread.join(2000);
            }
            for (Connection listener : listeners) {
                listener.close();
            }
        }
        var feed = new ArrayList<Long>();
        var bare = new ArrayList<Long>();
        int missed = 0;
        for (int listener = 0; listener < CLIENTS - 1; listener++) {
            for (int k = WARM_UP / 5; k < total; k++) {
                if (feedHeard[listener][k] < 0 || bareHeard[listener][k] < 0) {
                    missed++;
                    continue;
                }
                feed.add(Math.max(0, feedHeard[listener][k] - committedAt[k]));
                bare.add(Math.max(0, bareHeard[listener][k] - committedAt[k]));
            }
        }
        report("heard by the other nine" + (busy ? ", while they save without pause" : ", quiet")
                        + (missed > 0 ? " (" + missed + " not heard within the spacing)" : ""),
                feed, "bare JDBC LISTEN", bare);
    }

    private static void note(long[] heard, int round) {
        if (round >= 0 && heard[round] < 0) {
            heard[round] = System.nanoTime();
        }
    }

    /** A bare listener: waits in the driver as the feed does, and notes notices that name the record. */
    private static void listen(Connection listener, String named, long[] heard, AtomicInteger round,
                               AtomicBoolean stop) {
        try {
            PGConnection notices = listener.unwrap(PGConnection.class);
            while (!stop.get()) {
                PGNotification[] arrived = notices.getNotifications(200);
                if (arrived == null) {
                    continue;
                }
                for (PGNotification notice : arrived) {
                    if (notice.getParameter().contains(named)) {
                        note(heard, round.get());
                    }
                }
            }
        } catch (SQLException e) {
            if (!stop.get()) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void report(String what, List<Long> measured, String floorName, List<Long> floor) {
        long[] a = sorted(measured);
        long[] b = sorted(floor);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms (%d)%n", what, ms(percentile(a, 50)), ms(percentile(a, 95)),
                a.length);
        System.out.printf("  floor, %s: median %.2f ms, p95 %.2f ms (%d)%n", floorName, ms(percentile(b, 50)),
                ms(percentile(b, 95)), b.length);
        System.out.printf("  ratio: median %.2fx, p95 %.2fx%n", ratio(percentile(a, 50), percentile(b, 50)),
                ratio(percentile(a, 95), percentile(b, 95)));
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
