package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;

/**
 * Work after the first frame comes in two steps: the menu bar once the first pulse has laid the window out, and the
 * database once that frame is drawn, which the second pulse waits for before it hands over its own frame.
 */
@UiTest
class FirstFrameTest {

    @TempDir
    static Path folder;

    private final List<String> events = new ArrayList<>();
    private TestPreferences preferences;
    private Services services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = new TestPreferences();
        services = new Services(new FxTaskExecutor(), preferences.preferences(),
                new AppDirectories(folder.resolve("home-" + System.nanoTime())), new ScriptedDialogs());
        var window = new MainWindow(stage, services);
        var pulses = new int[1];
        stage.getScene().addPostLayoutPulseListener(() -> pulses[0]++);
        window.afterFirstFrameDrawn(() -> events.add("drawn after pulse " + pulses[0]));
        window.afterFirstFrame(() -> events.add("laid out after pulse " + pulses[0]));
        window.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get(5, TimeUnit.SECONDS);
        services.executor().shutdown();
        preferences.close();
    }

    @Test
    void theDatabaseWaitsForTheSecondPulseAndEachStepRunsOnce() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> events.size() >= 2);
        // A pulse or two more, in case either step were to run again.
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("laid out after pulse 1", "drawn after pulse 2"), events);
    }
}
