package uk.dln.secretariat.app.support;

import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.core.Progress;

/**
 * Progress a test watches: it keeps every "done of total" reported, and can ask the work to stop once a number of
 * steps are done, as a person pressing Cancel would.
 */
public final class WatchedProgress implements Progress {

    private final List<String> updates = new ArrayList<>();
    private final long stopAfter;
    private long done;

    private WatchedProgress(long stopAfter) {
        this.stopAfter = stopAfter;
    }

    /** Watches and never asks to stop. */
    public static WatchedProgress watching() {
        return new WatchedProgress(Long.MAX_VALUE);
    }

    /** Asks to stop once {@code steps} steps are reported done. */
    public static WatchedProgress cancellingAfter(long steps) {
        return new WatchedProgress(steps);
    }

    /** Each update as "done/total", in order. */
    public List<String> updates() {
        return List.copyOf(updates);
    }

    @Override
    public void update(long done, long total) {
        this.done = done;
        updates.add(done + "/" + total);
    }

    @Override
    public void message(String message) {
        // Only the steps are watched.
    }

    @Override
    public boolean isCancelled() {
        return done >= stopAfter;
    }
}
