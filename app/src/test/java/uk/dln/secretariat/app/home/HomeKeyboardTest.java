package uk.dln.secretariat.app.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.actions.ActionRow;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * The secretariat opens the app on the demo workspace, sees where the month stands on Home, and follows each kind of
 * line by keyboard alone (Tab to it, Enter) to where the thing is done, coming back with Ctrl+0.
 */
@UiTest
class HomeKeyboardTest {

    @TempDir
    static Path folder;

    private AppHarness app;
    private MonthAtAGlance month;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** Fills the workspace with the demo and shows Home again, read afresh. */
    private void demo(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace());
        month = app.workspace().home().read(LocalDate.now());
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
    }

    /** Tabs until a Home link that matches has the focus, then presses Enter on it. */
    private void follow(FxRobot robot, Predicate<Hyperlink> which, String what) throws Exception {
        for (int i = 0; i < 120; i++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused instanceof Hyperlink link && link.getStyleClass().contains("home-line") && which.test(link)) {
                robot.type(KeyCode.ENTER);
                app.settle();
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("no line on Home for " + what);
    }

    private static Predicate<Hyperlink> text(String start) {
        return link -> link.getAccessibleText().startsWith(start);
    }

    private void assertShowing(FxRobot robot, String section) {
        assertTrue(robot.lookup(".navigation-item").queryAllAs(ToggleButton.class).stream()
                .anyMatch(b -> b.isSelected() && b.getText().equals(section)), section + " is showing");
    }

    @Test
    void everyLineOfTheMonthIsFollowedByKeyboardToWhereItIsDone(FxRobot robot) throws Exception {
        demo(robot);
        assertShowing(robot, "Home");
        var next = month.nextMeeting().orElseThrow();

        follow(robot, link -> "home-meeting".equals(link.getId()) || link.getAccessibleText().startsWith("Open "),
                "the next meeting");
        assertShowing(robot, "Meetings");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selectedMeeting(robot) != null
                && selectedMeeting(robot).id() == next.id());

        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text("Agenda drafted"), "the agenda");
        assertShowing(robot, "Meetings");
        assertEquals(next.id(), selectedMeeting(robot).id());

        var previous = month.previousMeeting().orElseThrow();
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text("Minutes of") .and(link -> link.getAccessibleText().contains("approved")),
                "the previous minutes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selectedMeeting(robot).id() == previous.id());

        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text("Returns in"), "returns");
        assertShowing(robot, "Returns");

        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text("Pack issued"), "the pack");
        assertShowing(robot, "Board packs");

        assertFalse(month.overdueActions().isEmpty(), "the demo has overdue actions");
        var overdue = month.overdueActions().get(0);
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text(overdue.organisation() + ": "), "overdue actions");
        assertShowing(robot, "Actions");
        TableView<ActionRow> actions = robot.lookup("#actions-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> actions.getItems().size() == overdue.count());
        assertTrue(actions.getItems().stream()
                .allMatch(row -> row.entry().organisationShortName().equals(overdue.organisation())));

        var roadmapLine = month.newRedMilestones().isEmpty() ? month.overdueRiskReviews().get(0)
                : month.newRedMilestones().get(0);
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, link -> link.getParent() != null && "home-roadmaps".equals(link.getParent().getId())
                && link.getAccessibleText().startsWith(roadmapLine.organisation() + ": "), "a roadmap");
        assertShowing(robot, "Roadmaps");
        ComboBox<Organisation> organisation = robot.lookup("#roadmaps-organisation").queryComboBox();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> organisation.getValue() != null
                && organisation.getValue().id() == roadmapLine.organisationId());

        assertFalse(month.gaps().isEmpty(), "the demo has a gap in the directory");
        var gap = month.gaps().get(0);
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        follow(robot, text(gap.organisation() + " has no"), "a directory gap");
        assertShowing(robot, "Directory");
        assertEquals(gap.organisation(), robot.lookup("#organisations-search").queryAs(TextField.class).getText());
    }

    private static Meeting selectedMeeting(FxRobot robot) {
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        return table.getSelectionModel().getSelectedItem();
    }
}
