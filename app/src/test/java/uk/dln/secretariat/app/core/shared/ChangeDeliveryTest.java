package uk.dln.secretariat.app.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChangeDeliveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:42:00Z"), ZoneOffset.UTC);

    /** A timer that waits for the test to say the time is up. */
    private final List<Runnable> timeUp = new ArrayList<>();
    /** The window's thread: runs what it was handed when the test says so. */
    private final List<Runnable> windowThread = new ArrayList<>();
    private final ChangeDelivery delivery = new ChangeDelivery(windowThread::add, (delay, action) -> timeUp.add(action),
            ChangeDelivery.GROUPING, CLOCK);
    private final Colleagues server = new Colleagues();
    private final List<ChangedRecords> actionsTold = new ArrayList<>();

    @Test
    void changesArrivingWithinTheGroupingReachTheSectionAsOneGroup() {
        delivery.follow(server);
        delivery.listen(Set.of("action", "action_update"), actionsTold::add);

        server.changed("action", 7, "coordinator_dwp");
        server.changed("action_revision", 3, "coordinator_dwp");
        server.changed("action_update", 12, "coordinator_dwp");
        assertEquals(1, timeUp.size(), "one wait for the whole group");
        endGroup();

        assertEquals(1, actionsTold.size());
        assertEquals(List.of(new RecordChanged("action", 7, "coordinator_dwp"),
                new RecordChanged("action_update", 12, "coordinator_dwp")), actionsTold.get(0).changes());
        assertEquals(Set.of("action", "action_update"), actionsTold.get(0).tables());
        assertEquals(CLOCK.instant(), actionsTold.get(0).seenAt());
    }

    @Test
    void aChangeAfterTheGroupEndedStartsAnotherGroup() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add);

        server.changed("action", 7, "anna");
        endGroup();
        server.changed("action", 8, "ben");
        endGroup();

        assertEquals(2, actionsTold.size());
        assertEquals("ben", actionsTold.get(1).latest("action", 8).orElseThrow().changedBy());
    }

    @Test
    void aSectionIsNotToldOfGroupsThatTouchNoneOfItsTables() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add);
        var everything = new ArrayList<ChangedRecords>();
        delivery.listenToAll(everything::add);

        server.changed("milestone", 4, "anna");
        endGroup();

        assertTrue(actionsTold.isEmpty());
        assertEquals(1, everything.size(), "the audit trail hears of every change");
    }

    @Test
    void nothingReachesTheSectionsOffTheWindowsThread() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add);

        server.changed("action", 7, "anna");
        timeUp.forEach(Runnable::run);

        assertTrue(actionsTold.isEmpty(), "handed to the window's thread, not run on the timer's");
        windowThread.forEach(Runnable::run);
        assertEquals(1, actionsTold.size());
    }

    @Test
    void theLatestChangeToARecordNamesWhoChangedItLast() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add);

        server.changed("action", 7, "anna");
        server.changed("action", 7, "ben");
        endGroup();

        assertEquals("ben", actionsTold.get(0).latest("action", 7).orElseThrow().changedBy());
        assertTrue(actionsTold.get(0).latest("action", 8).isEmpty());
    }

    @Test
    void followingAnotherWorkspaceStopsFollowingTheOneBefore() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add);

        delivery.follow(ChangesByOthers.NONE);
        server.changed("action", 7, "anna");
        endGroup();

        assertEquals(0, server.listeners.size());
        assertTrue(actionsTold.isEmpty());
    }

    @Test
    void aListenerThatStoppedListeningIsNotTold() {
        delivery.follow(server);
        delivery.listen(Set.of("action"), actionsTold::add).close();

        server.changed("action", 7, "anna");
        endGroup();

        assertTrue(actionsTold.isEmpty());
    }

    @Test
    void onTheRealTimerAChangeArrivesWellWithinASecond() throws Exception {
        var told = new ArrayBlockingQueue<ChangedRecords>(10);
        var real = new ChangeDelivery(Runnable::run, ChangeDelivery.daemonTimer(), ChangeDelivery.GROUPING,
                Clock.systemUTC());
        real.follow(server);
        real.listen(Set.of("action"), told::add);

        long start = System.nanoTime();
        server.changed("action", 7, "anna");
        server.changed("action", 8, "anna");
        ChangedRecords group = told.poll(2, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(2, group.changes().size(), "both in one group");
        assertTrue(took.compareTo(ChangeDelivery.GROUPING) >= 0, "waited for the group: " + took);
        assertTrue(took.toMillis() < 500, "took " + took);
    }

    private void endGroup() {
        var due = List.copyOf(timeUp);
        timeUp.clear();
        due.forEach(Runnable::run);
        var handed = List.copyOf(windowThread);
        windowThread.clear();
        handed.forEach(Runnable::run);
    }

    /** Other people at work on the shared workspace, as its notifications tell of them. */
    private static final class Colleagues implements ChangesByOthers {
        private final List<Consumer<RecordChanged>> listeners = new ArrayList<>();

        @Override
        public Following follow(Consumer<RecordChanged> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void changed(String table, long id, String by) {
            List.copyOf(listeners).forEach(listener -> listener.accept(new RecordChanged(table, id, by)));
        }
    }
}
