package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work queued ahead is done once, by whichever thread comes to it first, and never thrown away. */
class WorkAheadTest {

    private final ExecutorService ahead = Executors.newSingleThreadExecutor();
    private final AtomicInteger done = new AtomicInteger();
    private final CountDownLatch begun = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        ahead.shutdownNow();
        assertTrue(ahead.awaitTermination(10, TimeUnit.SECONDS));
    }

    /** Work that says it has begun, then waits to be let go, and counts how often it was done. */
    private String slowWork() {
        done.incrementAndGet();
        begun.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "made " + done.get();
    }

    private void keepTheThreadBusy() {
        ahead.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void workTakenWhileItIsBeingDoneAheadIsWaitedForNotDoneAgain() throws Exception {
        var work = WorkAhead.queue(ahead, this::slowWork);
        assertTrue(begun.await(10, TimeUnit.SECONDS));
        assertTrue(work.isUnderWay());

        var letGo = new Thread(() -> {
            sleep(100);
            release.countDown();
        });
        letGo.start();
        String made = assertTimeoutPreemptively(Duration.ofSeconds(10), work::take);

        assertEquals("made 1", made);
        assertEquals(1, done.get(), "done once, ahead, and waited for");
        assertFalse(work.doHereIfNotBegun(), "already done");
        letGo.join();
    }

    @Test
    void workNotBegunAheadIsDoneByTheThreadThatTakesItAndNotAgainAhead() throws Exception {
        keepTheThreadBusy();
        var work = WorkAhead.queue(ahead, () -> Thread.currentThread().getName() + " " + done.incrementAndGet());

        // Not begun, so done here without waiting for the busy thread.
        String made = work.take();
        release.countDown();
        ahead.shutdown();
        assertTrue(ahead.awaitTermination(10, TimeUnit.SECONDS));

        assertEquals(Thread.currentThread().getName() + " 1", made);
        assertEquals(1, done.get(), "the thread ahead passed over it");
        assertSame(made, work.take(), "taken again, the same result");
    }

    @Test
    void aThreadWithNothingToDoCanDoWorkNotBegunAhead() {
        keepTheThreadBusy();
        var work = WorkAhead.queue(ahead, done::incrementAndGet);

        assertFalse(work.isUnderWay());
        assertTrue(work.doHereIfNotBegun());
        assertFalse(work.isUnderWay());
        assertEquals(1, work.take());
        assertEquals(1, done.get());
    }

    @Test
    void aFailureAheadIsThrownWhereTheWorkIsTaken() throws Exception {
        var work = WorkAhead.<String>queue(ahead, () -> {
            throw new IllegalStateException("no room");
        });
        ahead.shutdown();
        assertTrue(ahead.awaitTermination(10, TimeUnit.SECONDS));

        var failure = assertThrows(IllegalStateException.class, work::take);
        assertEquals("no room", failure.getMessage());
    }

    @Test
    void workWithdrawnBeforeItBeganIsNeverDone() throws Exception {
        keepTheThreadBusy();
        var work = WorkAhead.queue(ahead, done::incrementAndGet);

        assertTrue(work.withdraw());
        release.countDown();
        ahead.shutdown();
        assertTrue(ahead.awaitTermination(10, TimeUnit.SECONDS));

        assertEquals(0, done.get());
        assertThrows(CancellationException.class, work::take);
    }

    @Test
    void workWithdrawnWhileItIsUnderWayIsWaitedForSoWhatItMadeCanBeCleanedUp() throws Exception {
        var work = WorkAhead.queue(ahead, this::slowWork);
        assertTrue(begun.await(10, TimeUnit.SECONDS));

        assertFalse(work.withdraw(), "it had begun");
        release.countDown();
        Optional<String> made = assertTimeoutPreemptively(Duration.ofSeconds(10), work::awaitQuietly);

        assertEquals(Optional.of("made 1"), made);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
