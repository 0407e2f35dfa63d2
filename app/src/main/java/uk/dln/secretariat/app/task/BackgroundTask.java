package uk.dln.secretariat.app.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.Progress;

/**
 * A piece of background work as a value: what to do, and what to do with its result or failure. A
 * {@link TaskExecutor} runs it; the callbacks, progress and message always reach the FX thread (or, with
 * {@link SameThreadTaskExecutor}, the calling thread), so a view model can hand a task to a test and run it directly.
 * The work itself reports through the plain {@link Progress} of the core, which this adapts to properties a progress
 * bar binds to and to the Cancel button; the command line runs the same work with {@link Progress#none()}.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work itself; runs off the FX thread and must not touch the UI. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private boolean cancellable;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title what the status bar says while it runs, from the resource bundle */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancellation alike. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Offers a Cancel button while it runs; the work must check {@link Progress#isCancelled()}. */
    public BackgroundTask<T> cancellable() {
        this.cancellable = true;
        return this;
    }

    public String title() {
        return title;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    /** Progress from 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    // The methods below are for executors: they run the work and deliver its outcome.

    T runWork(Progress reporter) throws Exception {
        return work.run(reporter);
    }

    void setProgress(double value) {
        progress.set(value);
    }

    void setMessage(String value) {
        message.set(value);
    }

    void succeeded(T result) {
        try {
            if (isCancelled()) {
                onCancelled.run();
            } else {
                onSuccess.accept(result);
            }
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            if (error instanceof CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(error);
            }
        } finally {
            onFinished.run();
        }
    }
}
