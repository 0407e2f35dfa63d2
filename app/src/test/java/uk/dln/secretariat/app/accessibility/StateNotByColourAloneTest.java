package uk.dln.secretariat.app.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.dln.secretariat.app.accessibility.DemoWorkspaceWindow.describe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;

/**
 * No state is shown by colour alone. Walks every section's scene graph on the demo workspace, table rows scrolled
 * into view so each row's cells are drawn, and finds every node the stylesheet or an inline style colours for a
 * state: delivery confidence, risk ratings on the heat map, maturity levels, overdue actions, organisations without a
 * Digital Leader, an overrunning agenda, quorum, Home's done and open lines, invalid fields. Each must also say its
 * state in words: its own text or a child's, a sign (⚠ ✔ ✖ ▲ ▼) only alongside the words.
 */
@UiTest
class StateNotByColourAloneTest {

    /** Rows scrolled at a time: fewer than a table shows, so every row is drawn once. */
    private static final int ROWS_A_STEP = 5;

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
    void everyStateColouredInEverySectionAlsoSaysItsStateInWords(FxRobot robot) throws Exception {
        window.fillWithDemoData();
        var problems = new LinkedHashSet<String>();
        var seen = new LinkedHashSet<String>();
        window.walkEverySection(robot, (root, where) -> walkWithEveryRow(robot, root, where, problems, seen));
        assertEquals("", String.join("\n", problems));
        // The walk must meet the states the demo data holds, or it proves nothing about them.
        assertEquals(true, seen.containsAll(List.of("confidence", "risk rating", "maturity level", "overdue",
                "no Digital Leader", "quorum", "Home line")), "states met: " + seen);
    }

    @Test
    void theWalkFindsAStateShownByColourAlone(FxRobot robot) throws Exception {
        var problems = new LinkedHashSet<String>();
        WaitForAsyncUtils.asyncFx(() -> {
            var red = new Label();
            red.setId("red");
            red.getStyleClass().add("confidence-red");
            var wrongWord = new Label(Messages.get(DeliveryConfidence.GREEN.messageKey()));
            wrongWord.setId("wrong-word");
            wrongWord.getStyleClass().add("confidence-red");
            var dateOnly = new Label("3 Dec 2026");
            dateOnly.setId("date-only");
            dateOnly.getStyleClass().add("action-overdue");
            var painted = new Label("12");
            painted.setId("painted");
            painted.setStyle("-fx-background-color: #ca3535;");
            var gap = new javafx.scene.layout.HBox(new Label("Bath and North East Somerset"));
            gap.setId("gap");
            gap.pseudoClassStateChanged(PseudoClass.getPseudoClass("gap"), true);
            var invalid = new javafx.scene.control.TextField("31/02/2026");
            invalid.setId("invalid");
            invalid.getStyleClass().add(FormGrid.INVALID_STYLE);
            var root = new javafx.scene.layout.VBox(red, wrongWord, dateOnly, painted, gap, invalid);
            new javafx.scene.Scene(root, 400, 300);
            root.applyCss();
            root.layout();
            check(root, "bad", problems, new LinkedHashSet<>());
        }).get(5, TimeUnit.SECONDS);

        assertEquals(List.of(
                "bad: Label#red '' in VBox shows confidence by colour alone: it does not say 'Red'",
                "bad: Label#wrong-word 'Green' in VBox shows confidence by colour alone: it does not say 'Red'",
                "bad: Label#date-only '3 Dec 2026' in VBox shows overdue by colour alone: it does not say '\u26a0 Overdue'",
                "bad: Label#painted '12' in VBox shows a colour of its own by colour alone: it does not say any words",
                "bad: HBox#gap in VBox shows no Digital Leader by colour alone: it does not say 'None (gap)'",
                "bad: TextField#invalid in VBox shows invalid by colour alone: it does not say its error"),
                List.copyOf(problems));
    }

    /** Checks the screen, then again with each table's rows scrolled into view a few at a time. */
    private static void walkWithEveryRow(FxRobot robot, Parent root, String where, Set<String> problems,
            Set<String> seen) throws Exception {
        check(root, where, problems, seen);
        for (TableView<?> table : robot.lookup(".table-view").queryAllAs(TableView.class)) {
            if (table.getScene() == null || !table.isVisible()) {
                continue;
            }
            for (int row = ROWS_A_STEP; row < table.getItems().size(); row += ROWS_A_STEP) {
                int at = row;
                robot.interact(() -> table.scrollTo(at));
                WaitForAsyncUtils.waitForFxEvents();
                check(table, where + ", rows from " + at + " of " + DemoWorkspaceWindow.name(table), problems, seen);
            }
            if (table.getItems().size() > ROWS_A_STEP) {
                robot.interact(() -> table.scrollTo(0));
            }
        }
    }

    /** Every node drawn, the parts inside controls' skins too: that is where a table's cells are. */
    private static void check(Parent root, String where, Set<String> problems, Set<String> seen) {
        var nodes = new ArrayList<Node>();
        drawn(root, nodes);
        for (Node node : nodes) {
            state(node).ifPresent(state -> {
                seen.add(state.name());
                String text = String.join(" ", texts(node));
                boolean says = state.words().isEmpty() ? text.codePoints().anyMatch(Character::isLetter)
                        : state.words().stream().anyMatch(text::contains);
                if (node instanceof TextInputControl input) {
                    // A field's own text is what was typed; its error must be said, in its help for a reader.
                    says = input.getAccessibleHelp() != null && !input.getAccessibleHelp().isBlank();
                }
                if (!says) {
                    problems.add(where + ": " + describe(node) + " shows " + state.name()
                            + " by colour alone: it does not say " + state.wanted());
                }
            });
        }
    }

    /** A state a node is coloured for, and the words any of which must be shown with it (none: any words). */
    private record State(String name, List<String> words, String wanted) {

        State(String name, List<String> words) {
            this(name, words, words.isEmpty() ? "any words" : "'" + String.join("' or '", words) + "'");
        }
    }

    private static Optional<State> state(Node node) {
        var classes = node.getStyleClass();
        var pseudo = node.getPseudoClassStates();
        if (node instanceof Cell<?> cell && cell.isEmpty()) {
            return Optional.empty();
        }
        for (DeliveryConfidence confidence : DeliveryConfidence.values()) {
            if (classes.contains("confidence-" + cssName(confidence))) {
                return Optional.of(new State("confidence", List.of(Messages.get(confidence.messageKey()))));
            }
        }
        // An unrated cell is white, the page's own colour: no state is coloured there.
        for (MaturityLevel level : MaturityLevel.values()) {
            if (classes.contains("level-" + cssName(level))) {
                return Optional.of(new State("maturity level", List.of(Messages.get(level.shortKey()))));
            }
        }
        if (classes.contains("action-overdue")) {
            return Optional.of(new State("overdue", List.of(lead("actions.overdue"))));
        }
        if (pseudo.contains(PseudoClass.getPseudoClass("gap"))) {
            return Optional.of(new State("no Digital Leader",
                    List.of(Messages.get("directory.organisations.noLeader"))));
        }
        if (pseudo.contains(PseudoClass.getPseudoClass("overrun"))) {
            return Optional.of(new State("an overrun", List.of(lead("meetings.agenda.overrun"))));
        }
        if (classes.contains("quorum")) {
            // Its bar is green, or red when not met: the words must say which.
            return Optional.of(new State("quorum", List.of(lead(pseudo.contains(PseudoClass.getPseudoClass(
                    "not-met")) ? "meetings.quorum.notMet" : "meetings.quorum.met"))));
        }
        if (classes.contains("home-line-done")) {
            return Optional.of(new State("Home line", List.of("\u2713 ")));
        }
        if (classes.contains("home-line-open")) {
            return Optional.of(new State("Home line", List.of("\u2022 ")));
        }
        if (classes.contains(FormGrid.INVALID_STYLE)) {
            return Optional.of(new State("invalid", List.of(), "its error"));
        }
        if (classes.contains("heat-map-cell")) {
            return Optional.of(new State("risk rating", java.util.Arrays.stream(RiskRating.values())
                    .map(rating -> Messages.get(rating.messageKey())).toList()));
        }
        String style = node.getStyle() == null ? "" : node.getStyle();
        if (style.contains("-fx-background-color") || style.contains("-fx-text-fill")
                || style.contains("-fx-border-color")) {
            return Optional.of(new State("a colour of its own", List.of()));
        }
        return Optional.empty();
    }

    /** The words of a message before its first value: "⚠ Overdue" of "⚠ Overdue {0}". */
    private static String lead(String key) {
        String pattern = Messages.bundle().getString(key);
        int value = pattern.indexOf('{');
        return (value < 0 ? pattern : pattern.substring(0, value)).strip();
    }

    private static String cssName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The text a node shows: its own and that of the nodes drawn inside it. */
    private static List<String> texts(Node node) {
        var nodes = new ArrayList<Node>();
        drawn(node, nodes);
        var out = new ArrayList<String>();
        for (Node at : nodes) {
            String text = at instanceof Labeled labeled ? labeled.getText()
                    : at instanceof TextInputControl input ? input.getText()
                    : at instanceof Text shown ? shown.getText() : null;
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    private static void drawn(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Control control && control.getSkin() == null) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                drawn(child, out);
            }
        }
    }
}
