package uk.dln.secretariat.app.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.core.Progress;

/**
 * Runs each task at once on the calling thread and delivers its outcome before returning. Used by view-model tests
 * and by the command line, where there is no FX thread to protect.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        running.add(task);
        T result;
        try {
            result = task.runWork(new Reporter(task));
        } catch (Throwable error) {
            running.remove(task);
            task.failed(error);
            return task;
        }
        running.remove(task);
        task.succeeded(result);
        return task;
    }

    @Override
    public ObservableList<BackgroundTask<?>> running() {
        return running;
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }

    private record Reporter(BackgroundTask<?> task) implements Progress {
        @Override
        public void update(long done, long total) {
            task.setProgress(total <= 0 ? -1 : (double) done / total);
        }

        @Override
        public void message(String message) {
            task.setMessage(message);
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }
    }
}
