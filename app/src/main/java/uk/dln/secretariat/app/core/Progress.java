package uk.dln.secretariat.app.core;

/**
 * What long work may report while it runs, and how it learns that it should stop. Plain Java: the window adapts it to
 * its progress bar and Cancel button ({@code BackgroundTask}), the command line shows nothing and never cancels.
 */
public interface Progress {

    void update(long done, long total);

    void message(String message);

    /**
     * Long work checks this between steps and stops early, leaving nothing half-written. Work of more than one thread
     * (an export writes the trackers beside the pack) asks it from each, so it must be safe to ask from any thread.
     */
    boolean isCancelled();

    /**
     * Stops the work here if it was cancelled. Long work calls it between steps, where stopping leaves nothing
     * half-written, so every use case stops the same way.
     *
     * @throws CancelledException when {@link #isCancelled()}
     */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * Reports {@code done} of {@code total} parts done, then stops if the work was cancelled: how work made of parts
     * (the demo's, the generator's) moves on to its next part.
     *
     * @throws CancelledException when {@link #isCancelled()}
     */
    default void partDone(long done, long total) {
        update(done, total);
        stopIfCancelled();
    }

    /** Progress nobody watches and nobody cancels: the command line's (Ctrl+C ends the process there). */
    static Progress none() {
        return Quiet.INSTANCE;
    }

    /** The progress of {@link #none()}. */
    enum Quiet implements Progress {
        INSTANCE;

        @Override
        public void update(long done, long total) {
            // Nobody watches.
        }

        @Override
        public void message(String message) {
            // Nobody watches.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
