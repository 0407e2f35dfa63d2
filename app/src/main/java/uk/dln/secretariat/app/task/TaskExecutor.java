package uk.dln.secretariat.app.task;

import javafx.collections.ObservableList;

/** Runs {@link BackgroundTask}s: the one way the app does database and file work. */
public interface TaskExecutor {

    /** Starts the task and returns it, so callers can watch progress or cancel it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Tasks now running, newest last; the status bar shows them. */
    ObservableList<BackgroundTask<?>> running();

    /** Stops accepting work; running tasks are asked to cancel. */
    void shutdown();
}
