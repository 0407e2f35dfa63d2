package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;

/**
 * The menu bar is built after the window's first frame (decision 0035); a person who presses Alt+F as soon as the
 * window shows still finds the File menu, and the bar keeps its accessible name. Work after the first frame comes in
 * two steps: the menu bar once the first pulse has laid the window out, and the workspace once that frame is drawn,
 * which the second pulse waits for before it hands over its own frame.
 */
@UiTest
class MenusAtStartTest {

    @TempDir
    static Path folder;

    private TestPreferences preferences;
    private Services services;
    private Stage stage;
    private final List<String> afterFirstFrame = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = new TestPreferences();
        services = new Services(new FxTaskExecutor(), preferences.preferences(),
                new AppDirectories(folder.resolve("home-" + System.nanoTime())), new ScriptedDialogs());
        // As the app starts: the window shown, and nothing waited for before the keys below.
        var window = new MainWindow(stage, services);
        var pulses = new int[1];
        stage.getScene().addPostLayoutPulseListener(() -> pulses[0]++);
        window.afterFirstFrameDrawn(() -> afterFirstFrame.add("drawn, after pulse " + pulses[0]));
        window.afterFirstFrame(() -> afterFirstFrame.add("laid out, after pulse " + pulses[0]));
        window.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            closeMenus();
            stage.close();
        }).get(5, TimeUnit.SECONDS);
        services.executor().shutdown();
        preferences.close();
    }

    @Test
    void altFOpensTheFileMenuAsSoonAsTheWindowShows(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        Menu file = menuBar(robot).getMenus().get(0);
        assertTrue(file.isShowing(), "the File menu is open");
        assertEquals(List.of(Messages.get("menu.file.new"), Messages.get("menu.file.open")),
                file.getItems().stream().limit(2).map(MenuItem::getText).toList());
    }

    @Test
    void theMenuBarKeepsItsAccessibleNameAndTheFirstFrameShowedItsTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = menuBar(robot);
        assertEquals(Messages.get("menu.accessible"), bar.getAccessibleText());
        // The titles the first frame showed are the menus' own, in their order.
        var titles = new MenuTitles().getChildren().stream().map(node -> ((Label) node).getText()).toList();
        assertEquals(bar.getMenus().stream().map(Menu::getText).toList(), titles);
    }

    @Test
    void theWorkspaceWaitsForTheSecondPulseAndEachStepRunsOnce() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> afterFirstFrame.size() >= 2);
        // A pulse or two more, in case either step were to run again.
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("laid out, after pulse 1", "drawn, after pulse 2"), afterFirstFrame);
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private void closeMenus() {
        var bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        if (bar != null) {
            bar.getMenus().forEach(Menu::hide);
        }
    }
}
