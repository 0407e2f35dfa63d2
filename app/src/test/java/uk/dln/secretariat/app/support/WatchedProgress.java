package uk.dln.secretariat.app.support;

import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.core.Progress;

/**
 * Progress a test watches: it keeps every "done of total" and every message reported, and can ask the work to stop
 * once a number of steps are done or a message has been shown, as a person pressing Cancel would. Safe to ask from
 * any thread, as work of more than one thread asks it (an export writes the trackers beside the pack).
 */
public final class WatchedProgress implements Progress {

    private final List<String> updates = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final long stopAfter;
    private final String stopAt;
    private long done;

    private WatchedProgress(long stopAfter, String stopAt) {
        this.stopAfter = stopAfter;
        this.stopAt = stopAt;
    }

    /** Watches and never asks to stop. */
    public static WatchedProgress watching() {
        return new WatchedProgress(Long.MAX_VALUE, null);
    }

    /** Asks to stop once {@code steps} steps are reported done. */
    public static WatchedProgress cancellingAfter(long steps) {
        return new WatchedProgress(steps, null);
    }

    /** Asks to stop once the message has been shown: the step it names has begun. */
    public static WatchedProgress cancellingAt(String message) {
        return new WatchedProgress(Long.MAX_VALUE, message);
    }

    /** Each update as "done/total", in order. */
    public synchronized List<String> updates() {
        return List.copyOf(updates);
    }

    /** Each message, in order. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public synchronized void update(long done, long total) {
        this.done = done;
        updates.add(done + "/" + total);
    }

    @Override
    public synchronized void message(String message) {
        messages.add(message);
    }

    @Override
    public synchronized boolean isCancelled() {
        return done >= stopAfter || stopAt != null && messages.contains(stopAt);
    }
}
