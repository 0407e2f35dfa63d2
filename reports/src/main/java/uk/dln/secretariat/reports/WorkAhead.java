package uk.dln.secretariat.reports;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work queued on another thread ahead of the thread that will need it (a chart of the pack, the trackers), done once
 * by whichever of the two comes to it first. The thread that needs it does it there and then if the other has not
 * begun it, rather than wait with nothing to do, and waits for it if the other has.
 *
 * <p>A {@link java.util.concurrent.FutureTask} cannot say this: its {@code cancel(false)} also succeeds while the work
 * is running, so work begun ahead and then "cancelled" was done twice, and what it made was thrown away.
 */
public final class WorkAhead<T> {

    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Supplier<T> work;

    private WorkAhead(Supplier<T> work) {
        this.work = work;
    }

    /** Queues the work on the executor, which does it when it comes to it unless another thread has claimed it. */
    public static <T> WorkAhead<T> queue(Executor executor, Supplier<T> work) {
        var ahead = new WorkAhead<>(work);
        executor.execute(ahead::doHereIfNotBegun);
        return ahead;
    }

    /** Does the work on this thread, for any other thread that waits for it too. */
    private void doNow() {
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * What the work made: done here if it was not begun ahead, waited for if it was, and the same again if asked for
     * again. A failure, here or ahead, is thrown as the work threw it.
     *
     * @throws CancellationException when this thread is interrupted while it waits
     */
    public T take() {
        doHereIfNotBegun();
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for work done ahead");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Does the work here if no thread has begun it; true when it did. */
    public boolean doHereIfNotBegun() {
        if (claimed.compareAndSet(false, true)) {
            doNow();
            return true;
        }
        return false;
    }

    /** Whether another thread is doing the work now, so that taking it would wait. */
    public boolean isUnderWay() {
        return claimed.get() && !result.isDone();
    }

    /**
     * Keeps the work from beginning anywhere: true when it had not begun, so it never will (and {@link #take} then
     * throws {@link CancellationException}), false when it had.
     */
    public boolean withdraw() {
        if (claimed.compareAndSet(false, true)) {
            result.cancel(false);
            return true;
        }
        return false;
    }

    /**
     * Waits, without being interrupted, for work begun ahead to end, and gives what it made, or nothing if it
     * failed: for a caller giving up on it that must clean up after it. Only after {@link #withdraw} said it had begun.
     */
    public Optional<T> awaitQuietly() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return Optional.ofNullable(result.get());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    return Optional.empty();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
