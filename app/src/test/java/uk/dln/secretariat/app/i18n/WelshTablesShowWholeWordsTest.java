package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.core.returns.ReturnIssuer;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.UiTest;

/**
 * In Welsh, the tables' dates and words are shown whole, never cut off with an ellipsis: Welsh months (Chwef, Gorff)
 * and statuses are longer than the English ones the columns were first sized for.
 */
@UiTest
class WelshTablesShowWholeWordsTest {

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

    /** Each cell's text as given, beside the text its skin draws (shortened with an ellipsis when it does not fit). */
    private static List<String> cutOff(FxRobot robot, String table) {
        var cut = new ArrayList<String>();
        for (Labeled cell : robot.lookup(table + " .table-cell").queryAllAs(Labeled.class)) {
            var drawn = cell.lookup(".text");
            if (cell.getText() != null && !cell.getText().isEmpty() && drawn instanceof Text text
                    && !cell.getText().equals(text.getText())) {
                cut.add(cell.getText() + " -> " + text.getText());
            }
        }
        return cut;
    }

    private static List<String> texts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(text -> text != null && !text.isEmpty()).toList();
    }

    @Test
    void meetingsActionsAndReturnsShowWholeWelshDatesAndStatuses(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace(), CLOCK);
        new ReturnIssuer(CLOCK).issue(app.workspace(), null, TODAY.plusWeeks(2), folder.resolve("returns"));

        app.show(Section.MEETINGS);
        assertTrue(texts(robot, "#meetings-table").stream().anyMatch(t -> t.contains("Chwef")),
                texts(robot, "#meetings-table").toString());
        assertEquals(List.of(), cutOff(robot, "#meetings-table"));

        app.show(Section.ACTIONS);
        // Descriptions and updates are long texts a reader opens; the due dates (overdue ones in bold) fit whole.
        assertEquals(List.of(), cutOff(robot, "#actions-table").stream()
                .filter(cut -> cut.matches(".*\\d{4} -> .*")).toList());

        app.show(Section.RETURNS);
        var returns = texts(robot, "#returns-table");
        assertTrue(returns.contains("3 Rhag 2026") && returns.contains("17 Rhag 2026"), returns.toString());
        assertTrue(returns.stream().noneMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")), "no ISO dates: " + returns);
    }

    @Test
    void theRoadmapsExceptionsHeadingGivesItsDateInWelshWords(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace(), CLOCK);

        app.show(Section.ROADMAPS);
        var headings = robot.lookup(".heading-m").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertTrue(headings.stream().anyMatch(h -> h.contains("3 Rhag 2026")), headings.toString());
    }
}
