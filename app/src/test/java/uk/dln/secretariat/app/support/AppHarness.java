package uk.dln.secretariat.app.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.persistence.WorkspaceData;

/** The real main window on a fresh workspace of its own, with scripted dialogs, for UI tests. */
public final class AppHarness implements AutoCloseable {

    private final TestPreferences preferences = new TestPreferences();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Services services;
    private final MainWindow window;

    public AppHarness(Stage stage, Path home, Clock clock) {
        services = new Services(new FxTaskExecutor(), preferences.preferences(), new AppDirectories(home), dialogs,
                clock);
        window = new MainWindow(stage, services);
        window.show();
        window.viewModel().openStartupWorkspace();
    }

    /** The window on a fresh home folder inside {@code folder}, on a clock stopped at the start of {@code today}. */
    public AppHarness(Stage stage, Path folder, LocalDate today) {
        this(stage, folder.resolve("home-" + System.nanoTime()),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    public MainWindow window() {
        return window;
    }

    public ScriptedDialogs dialogs() {
        return dialogs;
    }

    public Services services() {
        return services;
    }

    /** The records of the workspace open in the window. */
    public WorkspaceData workspace() {
        return services.workspaces().records().orElseThrow();
    }

    /** Waits until the workspace is open and every background task has finished. */
    public void settle() throws Exception {
        // Key presses reach the FX thread as events; let them start their tasks before looking for running ones.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.workspaces().current().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> services.executor().running().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code section} as the side panel would, then waits for what it started. */
    public void show(Section section) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().selectedSectionProperty().set(section)).get();
        settle();
    }

    /** Presses {@code key} with {@code modifier} held, then waits for what it started. */
    public void keys(FxRobot robot, KeyCode modifier, KeyCode key) throws Exception {
        robot.press(modifier).type(key).release(modifier);
        settle();
    }

    /** Types {@code key}, then waits for what it started. */
    public void key(FxRobot robot, KeyCode key) throws Exception {
        robot.type(key);
        settle();
    }

    @Override
    public void close() throws Exception {
        services.executor().shutdown();
        WaitForAsyncUtils.asyncFx(() -> services.workspaces().close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }
}
