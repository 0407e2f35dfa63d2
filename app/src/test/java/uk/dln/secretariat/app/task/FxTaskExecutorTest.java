package uk.dln.secretariat.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.support.UiTest;

@UiTest
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Test
    void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
        var workThread = new CompletableFuture<Boolean>();
        var resultThread = new CompletableFuture<Boolean>();
        executor.execute(BackgroundTask.of("test", progress -> {
            workThread.complete(Platform.isFxApplicationThread());
            return 42;
        }).onSuccess(result -> resultThread.complete(Platform.isFxApplicationThread() && result == 42)));

        assertEquals(false, workThread.get(5, TimeUnit.SECONDS));
        assertEquals(true, resultThread.get(5, TimeUnit.SECONDS));
    }

    @Test
    void deliversFailuresOnTheFxThread() throws Exception {
        var failure = new CompletableFuture<String>();
        executor.execute(BackgroundTask.of("test", progress -> {
            throw new IllegalStateException("boom");
        }).onFailure(error -> failure.complete(Platform.isFxApplicationThread() + ":" + error.getMessage())));

        assertEquals("true:boom", failure.get(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelledWorkStopsAndIsReportedAsCancelledNotAsAFailure() throws Exception {
        var started = new CountDownLatch(1);
        var outcome = new CompletableFuture<String>();
        var task = executor.execute(BackgroundTask.<Integer>of("test", progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.sleep(5);
            }
            throw new CancelledException();
        }).cancellable()
                .onSuccess(result -> outcome.complete("success"))
                .onFailure(error -> outcome.complete("failure"))
                .onCancelled(() -> outcome.complete("cancelled")));

        assertTrue(started.await(5, TimeUnit.SECONDS));
        task.cancel();
        assertEquals("cancelled", outcome.get(5, TimeUnit.SECONDS));
    }

    @Test
    void runningTasksAreListedUntilTheyFinish() throws Exception {
        var release = new CountDownLatch(1);
        var done = new CompletableFuture<Void>();
        executor.execute(BackgroundTask.of("test", progress -> {
            release.await(5, TimeUnit.SECONDS);
            return 1;
        }).onFinished(() -> done.complete(null)));
        var listed = new CompletableFuture<Integer>();
        Platform.runLater(() -> listed.complete(executor.running().size()));
        assertEquals(1, listed.get(5, TimeUnit.SECONDS));

        release.countDown();
        done.get(5, TimeUnit.SECONDS);
        var after = new CompletableFuture<Integer>();
        Platform.runLater(() -> after.complete(executor.running().size()));
        assertEquals(0, after.get(5, TimeUnit.SECONDS));
    }
}
