package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.model.settings.NetworkSettings;

@UiTest
class MainWindowTest {

    @TempDir
    static Path folder;

    private TestPreferences preferences;
    private Services services;

    @Start
    void start(Stage stage) {
        preferences = new TestPreferences();
        services = new Services(new FxTaskExecutor(), preferences.preferences(),
                new AppDirectories(folder.resolve("home-" + System.nanoTime())), new ScriptedDialogs());
        var window = new MainWindow(stage, services);
        window.show();
        window.viewModel().openStartupWorkspace();
    }

    @AfterEach
    void tearDown() throws Exception {
        services.executor().shutdown();
        WaitForAsyncUtils.asyncFx(() -> services.workspaces().close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }

    private void waitForWorkspace() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.workspaces().current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnHomeWithTheDefaultWorkspace(FxRobot robot) throws Exception {
        waitForWorkspace();
        assertTrue(robot.lookup(".navigation-item").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && b.getText().equals("Home")));
        verifyThat(robot.lookup(".status-location").queryAs(Label.class), isVisible());
        assertTrue(robot.lookup(".status-location").queryAs(Label.class).getText()
                .contains(AppDirectories.DEFAULT_WORKSPACE_NAME));
    }

    @Test
    void everySectionIsReachableFromTheKeyboard(FxRobot robot) throws Exception {
        waitForWorkspace();
        String[] headings = {null, null, null, null, "Departmental roadmaps",
            "Board packs"};
        // Sections whose views have landed are recognised by a control of their own instead of a heading.
        String[] views = {"#home", "#directory-tabs", "#meetings-table", "#actions-table", null, null};
        KeyCode[] digits = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5};
        for (int i = digits.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL).type(digits[i]).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            String heading = headings[i];
            if (heading == null) {
                assertTrue(robot.lookup(views[i]).tryQuery().isPresent(), views[i] + " is showing");
                continue;
            }
            assertTrue(robot.lookup(".heading-l").queryAllAs(Label.class).stream()
                    .anyMatch(label -> label.getText().equals(heading) && label.getScene() != null), heading);
        }
    }

    @Test
    void networkSettingsAreEditedFromTheKeyboardAndSavedInTheWorkspace(FxRobot robot) throws Exception {
        waitForWorkspace();
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#settings-network-name").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#settings-network-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Welsh Digital Leaders");
        robot.type(KeyCode.TAB).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("W D L");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().contains("cannot be a prefix")));

        robot.clickOn("#settings-prefix").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("WDL").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#settings-network-name").queryAll().isEmpty());

        NetworkSettings saved = services.workspaces().records().orElseThrow().settings().load();
        assertEquals("Welsh Digital Leaders", saved.networkName());
        assertEquals("WDL", saved.paperReferencePrefix());
    }
}
