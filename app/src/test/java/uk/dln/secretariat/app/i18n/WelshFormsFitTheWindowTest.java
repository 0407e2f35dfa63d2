package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.UiTest;

/**
 * In Welsh, in a 1280 by 800 window, the roadmap forms and the directory's and indicators' tables fit their panes:
 * no form scrolls sideways, every form label is shown whole (wrapped if need be), and every table column, with its
 * title, is in sight. Welsh labels and titles are often longer than the English ones the panes were first sized for.
 */
@UiTest
class WelshFormsFitTheWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().plusHours(10).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        Messages.useLocale(Locale.forLanguageTag("cy-GB"));
        stage.setWidth(1280);
        stage.setHeight(800);
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), CLOCK);
    }

    @AfterEach
    void tearDown() throws Exception {
        Messages.useLocale(Locale.UK);
        app.close();
    }

    private void showRoadmapTab(FxRobot robot, String titleKey) throws Exception {
        TabPane tabs = robot.lookup("#roadmaps-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tab.getText().equals(Messages.get(titleKey))).findFirst().orElseThrow())).get();
        app.settle();
    }

    private static ScrollPane scrollPaneAround(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }

    /** What is wrong with a detail form: wider than its pane, or labels cut short or out of sight. */
    private static List<String> faults(ScrollPane pane) {
        var faults = new ArrayList<String>();
        double viewport = pane.getViewportBounds().getWidth();
        double content = pane.getContent().getLayoutBounds().getWidth();
        if (content > viewport + 0.5) {
            faults.add("the form is " + content + " wide in a pane " + viewport + " wide, so it scrolls sideways");
        }
        Bounds visible = pane.localToScene(pane.getLayoutBounds());
        for (Node node : pane.getContent().lookupAll(".form-grid")) {
            for (Node child : ((FormGrid) node).getChildrenUnmodifiable()) {
                if (child instanceof Label label) {
                    String whole = label.getText().replace("_", "");
                    String drawn = drawnText(label);
                    if (!whole.equals(drawn)) {
                        faults.add(whole + " is drawn as " + drawn);
                    }
                    if (label.localToScene(label.getLayoutBounds()).getMaxX() > visible.getMaxX() + 0.5) {
                        faults.add(whole + " reaches beyond the pane");
                    }
                }
            }
        }
        return faults;
    }

    /** The text a label's skin draws: its own, or shortened with an ellipsis when it does not fit. */
    private static String drawnText(Parent labelled) {
        Node text = labelled.lookup(".text");
        return text instanceof Text t ? t.getText().replace("\n", " ") : "";
    }

    /** Columns that reach beyond the table's right edge, or whose titles are cut short. */
    private static List<String> columnFaults(TableView<?> table) {
        var faults = new ArrayList<String>();
        Bounds edge = table.localToScene(table.getLayoutBounds());
        for (Node header : table.lookupAll(".column-header")) {
            if (!(header.lookup(".label") instanceof Label title)) {
                continue;
            }
            if (header.localToScene(header.getLayoutBounds()).getMaxX() > edge.getMaxX() + 0.5) {
                faults.add(title.getText() + " is beyond the table's edge (" + table.getWidth() + " wide; columns "
                        + table.getColumns().stream().map(c -> c.getText() + " " + c.getWidth() + "/" + c.getMinWidth())
                        .toList() + ")");
            }
            if (!title.getText().equals(drawnText(title))) {
                faults.add(title.getText() + " is drawn as " + drawnText(title));
            }
        }
        return faults;
    }

    @Test
    void theMilestoneAndRiskFormsFitTheirPanesWithEveryLabelWhole(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace(), CLOCK);
        app.show(Section.ROADMAPS);

        showRoadmapTab(robot, "roadmaps.tab.milestones");
        var milestone = scrollPaneAround(robot.lookup("#milestone-title").query());
        assertFalse(robot.lookup(".form-grid").queryAll().isEmpty());
        assertEquals(List.of(), faults(milestone));

        showRoadmapTab(robot, "roadmaps.tab.risks");
        assertEquals(List.of(), faults(scrollPaneAround(robot.lookup("#risk-title").query())));

        showRoadmapTab(robot, "roadmaps.tab.indicators");
        assertEquals(List.of(), faults(scrollPaneAround(robot.lookup("#indicator-name").query())));
        assertEquals(List.of(), columnFaults(robot.lookup("#indicator-table").queryAs(TableView.class)));
    }

    @Test
    void whoHasServedAnOrganisationShowsEveryColumn(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace(), CLOCK);
        app.show(Section.DIRECTORY);
        TableView<?> organisations = robot.lookup("#organisations-table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> organisations.getSelectionModel().select(0)).get();
        app.settle();

        TableView<?> history = robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(table -> Messages.get("directory.organisations.history").equals(table.getAccessibleText()))
                .findFirst().orElseThrow();
        assertFalse(history.getItems().isEmpty(), "the first organisation has people who served it");
        assertEquals(List.of(), columnFaults(history));
    }
}
