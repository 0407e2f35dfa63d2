package uk.dln.secretariat.app.core.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Brings other people's changes to the open views: it follows the workspace's {@link ChangesByOthers}, gathers the
 * changes that arrive within {@link #GROUPING} of the first, and hands them on the window's thread to each listener
 * whose tables they touch. One save touches several rows (an action and its revision, a milestone and its history);
 * grouped, a section reads its records once for them, and a burst from thirty coordinators never queues reload
 * after reload.
 */
public final class ChangeDelivery {

    /** Long enough to gather one save's rows, short enough that the change shows within a second. */
    public static final Duration GROUPING = Duration.ofMillis(150);

    /** Runs an action once a delay has passed, on a thread of its own. */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable action);
    }

    private final Executor windowThread;
    private final Timer timer;
    private final Duration grouping;
    private final Clock clock;
    private final Object lock = new Object();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private List<RecordChanged> pending = new ArrayList<>();
    private boolean gathering;
    private ChangesByOthers.Following following = () -> { };

    /**
     * @param windowThread runs the listeners: the FX thread in the window ({@code Platform::runLater})
     * @param timer        ends each group; see {@link #daemonTimer()}
     */
    public ChangeDelivery(Executor windowThread, Timer timer, Duration grouping, Clock clock) {
        this.windowThread = Objects.requireNonNull(windowThread);
        this.timer = Objects.requireNonNull(timer);
        this.grouping = Objects.requireNonNull(grouping);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A timer on one daemon thread, so it never keeps the program running. */
    public static Timer daemonTimer() {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var daemon = new Thread(runnable, "changes-by-others");
            daemon.setDaemon(true);
            return daemon;
        });
        return (delay, action) -> thread.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Follows another workspace's changes from now on, and stops following the one before. */
    public void follow(ChangesByOthers source) {
        following.close();
        synchronized (lock) {
            pending = new ArrayList<>();
        }
        following = source.follow(this::arrived);
    }

    /**
     * Tells {@code listener}, on the window's thread, of the changes to these tables in each group; a group that
     * touches none of them is not told.
     *
     * @return closing it stops the telling
     */
    public ChangesByOthers.Following listen(Collection<String> tables, Consumer<ChangedRecords> listener) {
        var entry = new Listener(Set.copyOf(tables), listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** Tells {@code listener} of every group, whatever its tables (the audit trail records them all). */
    public ChangesByOthers.Following listenToAll(Consumer<ChangedRecords> listener) {
        var entry = new Listener(null, listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** From the source's thread: the first change of a group starts the wait, later ones join it. */
    private void arrived(RecordChanged change) {
        synchronized (lock) {
            pending.add(change);
            if (gathering) {
                return;
            }
            gathering = true;
        }
        timer.after(grouping, this::groupEnded);
    }

    private void groupEnded() {
        List<RecordChanged> group;
        synchronized (lock) {
            group = pending;
            pending = new ArrayList<>();
            gathering = false;
        }
        if (!group.isEmpty()) {
            windowThread.execute(() -> deliver(new ChangedRecords(group, clock.instant())));
        }
    }

    private void deliver(ChangedRecords group) {
        for (Listener listener : listeners) {
            ChangedRecords theirs = listener.tables() == null ? group : group.in(listener.tables());
            if (!theirs.isEmpty()) {
                listener.told().accept(theirs);
            }
        }
    }

    private record Listener(Set<String> tables, Consumer<ChangedRecords> told) {
    }
}
