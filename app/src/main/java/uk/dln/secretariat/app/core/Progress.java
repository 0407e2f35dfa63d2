package uk.dln.secretariat.app.core;

/**
 * What long work may report while it runs, and how it learns that it should stop. Plain Java: the window adapts it to
 * its progress bar and Cancel button ({@code BackgroundTask}), the command line shows nothing and never cancels.
 */
public interface Progress {

    void update(long done, long total);

    void message(String message);

    /** Long work checks this between steps and stops early, leaving nothing half-written. */
    boolean isCancelled();

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
