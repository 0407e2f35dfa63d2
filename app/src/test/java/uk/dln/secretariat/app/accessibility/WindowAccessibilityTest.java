package uk.dln.secretariat.app.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.dln.secretariat.app.accessibility.DemoWorkspaceWindow.describe;

import java.nio.file.Path;
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
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.support.UiTest;

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

    private DemoWorkspaceWindow window;

    @Start
    void start(Stage stage) {
        window = new DemoWorkspaceWindow(stage, folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void everyControlInEverySectionHasANameEveryLabelIsTiedAndFormsTabInReadingOrder(FxRobot robot) throws Exception {
        window.fillWithDemoData();
        var problems = new LinkedHashSet<String>();
        window.walkEverySection(robot, (root, where) -> walk(root, where, problems));
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
            problems.add(where + ": the Tab key goes through " + fields.stream().map(DemoWorkspaceWindow::name)
                    .toList() + " but they read " + read.stream().map(DemoWorkspaceWindow::name).toList());
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
}
