package uk.dln.secretariat.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.app.core.Progress;

/**
 * Runs tasks on a small pool of daemon threads and delivers progress and outcomes on the FX thread through
 * {@link javafx.concurrent.Task}, which also coalesces rapid progress updates so the UI is never flooded.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final int THREADS = 3;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        var fxTask = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return task.runWork(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        if (total <= 0) {
                            updateProgress(-1, 1);
                        } else {
                            updateProgress(done, total);
                        }
                    }

                    @Override
                    public void message(String message) {
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return task.isCancelled();
                    }
                });
            }
        };
        onFxThread(() -> {
            running.add(task);
            fxTask.progressProperty().addListener((obs, old, value) -> task.setProgress(value.doubleValue()));
            fxTask.messageProperty().addListener((obs, old, value) -> task.setMessage(value));
            fxTask.setOnSucceeded(event -> {
                running.remove(task);
                task.succeeded(fxTask.getValue());
            });
            fxTask.setOnFailed(event -> {
                running.remove(task);
                // Not a static field: the first logger sets up logging, which must not delay the first frame.
                LoggerFactory.getLogger(FxTaskExecutor.class).debug("Task '{}' failed", task.title(),
                        fxTask.getException());
                task.failed(fxTask.getException());
            });
            threads.execute(fxTask);
        });
        return task;
    }

    @Override
    public ObservableList<BackgroundTask<?>> running() {
        return running;
    }

    @Override
    public void shutdown() {
        running.forEach(BackgroundTask::cancel);
        threads.shutdown();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            var thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
