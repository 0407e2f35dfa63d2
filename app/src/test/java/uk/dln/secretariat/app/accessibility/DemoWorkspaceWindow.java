package uk.dln.secretariat.app.accessibility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.FxTaskExecutor;

/**
 * The real main window on a workspace filled with the demo data, and a walk that shows each of its screens to a
 * check: every section, each tab of a section, and each section again with a row chosen in each of its tables (the
 * forms that row opens). The accessibility tests share it so they all meet the same screens.
 */
final class DemoWorkspaceWindow {

    /** A check of one screen: the window's root, and where the walk is, for the check's messages. */
    interface Check {
        void at(Parent root, String where) throws Exception;
    }

    private final Stage stage;
    private final TestPreferences preferences = new TestPreferences();
    private final Services services;

    DemoWorkspaceWindow(Stage stage, Path folder) {
        this.stage = stage;
        services = new Services(new FxTaskExecutor(), preferences.preferences(),
                new AppDirectories(folder.resolve("home-" + System.nanoTime())), new ScriptedDialogs());
        var window = new MainWindow(stage, services);
        window.show();
        window.viewModel().openStartupWorkspace();
    }

    void fillWithDemoData() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.workspaces().current().isPresent());
        DemoWorkspace.fill(services.workspaces().records().orElseThrow());
    }

    void close() throws Exception {
        services.executor().shutdown();
        WaitForAsyncUtils.asyncFx(() -> services.workspaces().close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }

    void walkEverySection(FxRobot robot, Check check) throws Exception {
        for (Section section : Section.values()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())))
                    .release(KeyCode.CONTROL);
            settle();
            walkWithTabsAndRows(robot, section.name(), check);
        }
    }

    private void walkWithTabsAndRows(FxRobot robot, String where, Check check) throws Exception {
        check.at(stage.getScene().getRoot(), where);
        for (TableView<?> table : robot.lookup(".table-view").queryAllAs(TableView.class)) {
            if (table.getScene() != null && !table.getItems().isEmpty()) {
                robot.interact(() -> table.getSelectionModel().select(0));
                settle();
                check.at(stage.getScene().getRoot(), where + ", a row chosen in " + name(table));
            }
        }
        for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            if (tabs.getScene() == null) {
                continue;
            }
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                check.at(stage.getScene().getRoot(), where + ", tab " + tab.getText());
            }
        }
    }

    static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                ? " '" + labeled.getText() + "'"
                : node instanceof javafx.scene.control.TextInputControl input && input.getPromptText() != null
                        && !input.getPromptText().isEmpty()
                ? " (prompt '" + input.getPromptText() + "')" : "";
        return node.getClass().getSimpleName() + id + text + " in " + path(node);
    }

    static String path(Node node) {
        var parts = new ArrayList<String>();
        for (Node at = node.getParent(); at != null && parts.size() < 4; at = at.getParent()) {
            parts.add(at.getClass().getSimpleName() + (at.getId() == null ? "" : "#" + at.getId()));
        }
        return String.join(" < ", parts);
    }

    static String name(Node node) {
        return node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId();
    }
}
