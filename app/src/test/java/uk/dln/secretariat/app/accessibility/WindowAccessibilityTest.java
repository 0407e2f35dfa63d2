package uk.dln.secretariat.app.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
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
import uk.dln.secretariat.app.demo.DemoData;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;

/**
 * Walks every section's scene graph, as a screen reader meets it, on a workspace filled with the demo data: every
 * control reachable with the Tab key has an accessible name (its own text, its accessible text, or a label tied to
 * it), every label that stands before a field is tied to that field, and Tab goes through each form in reading
 * order. Each tab of a section and the forms shown
 * once a table row is chosen are walked too.
 */
@UiTest
class WindowAccessibilityTest {

    @TempDir
    static Path folder;

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
        window.show();
        window.viewModel().openStartupWorkspace();
    }

    @AfterEach
    void tearDown() throws Exception {
        services.executor().shutdown();
        WaitForAsyncUtils.asyncFx(() -> services.workspaces().close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }

    @Test
    void everyControlInEverySectionHasANameEveryLabelIsTiedAndFormsTabInReadingOrder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.workspaces().current().isPresent());
        new DemoData(Clock.systemDefaultZone()).fill(services.workspaces().current().orElseThrow());
        var problems = new LinkedHashSet<String>();
        for (Section section : Section.values()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(section.shortcutDigit())))
                    .release(KeyCode.CONTROL);
            settle();
            walkWithTabsAndRows(robot, section.name(), problems);
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void theWalkFindsAnUnnamedFieldALooseLabelAndAFormThatTabsOutOfReadingOrder(FxRobot robot) throws Exception {
        var problems = new LinkedHashSet<String>();
        WaitForAsyncUtils.asyncFx(() -> {
            var unnamed = new javafx.scene.control.TextField();
            unnamed.setId("unnamed");
            var loose = new Label("Owner");
            var owner = new javafx.scene.control.TextField();
            owner.setId("owner");
            owner.setAccessibleText("Owner");
            var form = new FormGrid();
            var first = new javafx.scene.control.TextField();
            first.setId("first");
            var second = new javafx.scene.control.TextField();
            second.setId("second");
            var none = new javafx.beans.property.SimpleStringProperty("");
            form.row("meetings.field.summary", second, none).row("meetings.field.recommendations", first, none);
            // Swap the rows on screen but not in the scene graph: Tab then goes second, first, as read first, second.
            javafx.scene.layout.GridPane.setRowIndex(form.getChildren().get(0), 1);
            javafx.scene.layout.GridPane.setRowIndex(form.getChildren().get(1), 1);
            javafx.scene.layout.GridPane.setRowIndex(form.getChildren().get(2), 0);
            javafx.scene.layout.GridPane.setRowIndex(form.getChildren().get(3), 0);
            var root = new javafx.scene.layout.VBox(unnamed, new javafx.scene.layout.HBox(loose, owner), form);
            new javafx.scene.Scene(root, 400, 300);
            root.applyCss();
            root.layout();
            walk(root, "bad", problems);
        }).get(5, TimeUnit.SECONDS);

        assertEquals(List.of(
                "bad: TextField#unnamed in VBox has no accessible name",
                "bad: the Tab key goes through [#second, #first] but they read [#first, #second]",
                "bad: label 'Owner' is not tied to its field TextField#owner in HBox < VBox"), List.copyOf(problems));
    }

    private void walkWithTabsAndRows(FxRobot robot, String where, Set<String> problems) throws Exception {
        walk(stage.getScene().getRoot(), where, problems);
        for (TableView<?> table : robot.lookup(".table-view").queryAllAs(TableView.class)) {
            if (table.getScene() != null && !table.getItems().isEmpty()) {
                robot.interact(() -> table.getSelectionModel().select(0));
                settle();
                walk(stage.getScene().getRoot(), where + ", a row chosen in " + name(table), problems);
            }
        }
        for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            if (tabs.getScene() == null) {
                continue;
            }
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle();
                walk(stage.getScene().getRoot(), where + ", tab " + tab.getText(), problems);
            }
        }
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Checks the nodes a reader meets: visible ones, and not the parts inside a control's own skin. */
    private static void walk(Parent root, String where, Set<String> problems) {
        Map<Node, Label> labelled = new IdentityHashMap<>();
        var labels = new ArrayList<Label>();
        collect(root, labelled, labels);
        var nodes = new ArrayList<Node>();
        visible(root, nodes);
        for (Node node : nodes) {
            if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                    && nameOf(control, labelled).isBlank()) {
                problems.add(where + ": " + describe(control) + " has no accessible name");
            }
        }
        for (Node node : nodes) {
            if (node instanceof FormGrid form) {
                focusOrder(form, where, problems);
            }
        }
        for (Label label : labels) {
            if (label.getLabelFor() == null && label.isVisible() && label.getScene() != null) {
                Node next = nextSibling(label);
                Node field = next == null ? null : firstField(next);
                if (field != null && labelled.get(field) == null) {
                    problems.add(where + ": label '" + label.getText() + "' is not tied to its field "
                            + describe(field));
                }
            }
        }
    }

    /** Tab goes through a form's fields in the order they are read: top to bottom, then left to right. */
    private static void focusOrder(FormGrid form, String where, Set<String> problems) {
        var fields = new ArrayList<Node>();
        visible(form, fields);
        fields.removeIf(n -> !(n instanceof Control c) || !c.isFocusTraversable() || c.isDisabled());
        var read = new ArrayList<>(fields);
        read.sort(java.util.Comparator.comparingDouble((Node n) -> Math.round(n.localToScene(0, 0).getY()))
                .thenComparingDouble(n -> n.localToScene(0, 0).getX()));
        if (!read.equals(fields)) {
            problems.add(where + ": the Tab key goes through " + fields.stream().map(WindowAccessibilityTest::name)
                    .toList() + " but they read " + read.stream().map(WindowAccessibilityTest::name).toList());
        }
    }

    private static void collect(Node node, Map<Node, Label> labelled, List<Label> labels) {
        if (node instanceof Label label) {
            labels.add(label);
            if (label.getLabelFor() != null) {
                labelled.put(label.getLabelFor(), label);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, labelled, labels);
            }
        }
    }

    private static void visible(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Control && !isContainer(node)) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visible(child, out);
            }
        }
    }

    /** Controls that hold other controls the reader meets one by one. */
    private static boolean isContainer(Node node) {
        return node instanceof ScrollPane || node instanceof SplitPane || node instanceof TabPane
                || node instanceof TitledPane || node instanceof Accordion || node instanceof ToolBar
                || node instanceof ButtonBar;
    }

    private static String nameOf(Control control, Map<Node, Label> labelled) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return control.getAccessibleText();
        }
        if (labelled.containsKey(control)) {
            return labelled.get(control).getText();
        }
        if (control instanceof Labeled labeled && !(control instanceof Label) && labeled.getText() != null) {
            return labeled.getText();
        }
        if (control instanceof TitledPane pane) {
            return pane.getText();
        }
        return "";
    }

    private static Node nextSibling(Node node) {
        Parent parent = node.getParent();
        if (parent == null) {
            return null;
        }
        var siblings = parent.getChildrenUnmodifiable();
        int at = siblings.indexOf(node);
        return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
    }

    /**
     * The field a label stands before: an input, not a table or list, whose label is a heading over it (tables and
     * lists carry their names as accessible text): the node itself, or the first field of a box holding it and its
     * message.
     */
    private static Node firstField(Node node) {
        if (isField(node)) {
            return node;
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            var children = parent.getChildrenUnmodifiable();
            return !children.isEmpty() && isField(children.get(0)) ? children.get(0) : null;
        }
        return null;
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof ChoiceBox
                || node instanceof Spinner || node instanceof Slider;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled labeled && labeled.getText() != null ? " '" + labeled.getText() + "'"
                : node instanceof TextInputControl input && input.getPromptText() != null
                        && !input.getPromptText().isEmpty()
                ? " (prompt '" + input.getPromptText() + "')" : "";
        return node.getClass().getSimpleName() + id + text + " in " + path(node);
    }

    private static String path(Node node) {
        var parts = new ArrayList<String>();
        for (Node at = node.getParent(); at != null && parts.size() < 4; at = at.getParent()) {
            parts.add(at.getClass().getSimpleName() + (at.getId() == null ? "" : "#" + at.getId()));
        }
        return String.join(" < ", parts);
    }

    private static String name(Node node) {
        return node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId();
    }
}
