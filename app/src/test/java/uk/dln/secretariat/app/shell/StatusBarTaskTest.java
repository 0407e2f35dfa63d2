package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.FxTaskExecutor;

/**
 * The status bar makes its task controls only when the first task starts (they are no part of the first frame), and
 * from then on shows the newest task's progress with Cancel, and hides them again when it ends.
 */
@UiTest
class StatusBarTaskTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new StatusBar(new SimpleStringProperty("workspace"), new SimpleStringProperty(""), executor);
        stage.setScene(new Scene(bar, 600, 40));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
    }

    @Test
    void theTaskControlsAppearWithTheFirstTaskAndHideWhenItEnds(FxRobot robot) throws Exception {
        assertEquals(0, robot.from(bar).lookup(".progress-bar").queryAll().size(),
                "no progress bar is made before a task runs");

        var release = new CountDownLatch(1);
        var finished = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> executor.execute(BackgroundTask.<Void>of("Exporting the pack", task -> {
            release.await(10, TimeUnit.SECONDS);
            return null;
        }).cancellable().onFinished(finished::countDown))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        ProgressBar progress = robot.from(bar).lookup(".progress-bar").queryAs(ProgressBar.class);
        Button cancel = robot.from(bar).lookup(Messages.get("status.cancel")).queryButton();
        assertTrue(progress.isVisible(), "the progress bar shows while the task runs");
        assertTrue(cancel.isVisible(), "a task that can stop offers Cancel");
        assertEquals(Messages.get("status.cancel.accessible"), cancel.getAccessibleText());

        release.countDown();
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(progress.isVisible(), "the progress bar hides when the task ends");
        assertFalse(cancel.isVisible(), "Cancel hides when the task ends");
    }
}
