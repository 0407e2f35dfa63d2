package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.SecretariatApp;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;

@UiTest
class RoadmapsViewTest {

    @TempDir
    static Path folder;

    private TestPreferences preferences;
    private FxTaskExecutor executor;
    private WorkspaceService workspaces;
    private RoadmapsView view;

    @Start
    void start(Stage stage) {
        preferences = new TestPreferences();
        executor = new FxTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        // The section is built before any workspace is open, as it is at start-up.
        view = new RoadmapsView(new RoadmapsViewModel(workspaces, executor, Clock.systemDefaultZone(),
                new ScriptedDialogs()), executor);
        var scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(SecretariatApp.class.getResource("secretariat.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
        WaitForAsyncUtils.asyncFx(() -> workspaces.close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }

    private void openWorkspaceWithAnOrganisation() throws Exception {
        Path file = folder.resolve("roadmaps-" + System.nanoTime() + ".secretariat");
        try (var prepared = uk.dln.secretariat.persistence.Workspace.open(file)) {
            prepared.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                    OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        }
        WaitForAsyncUtils.asyncFx(() -> workspaces.open(file, error -> { throw new AssertionError(error); }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspaces.current().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !organisationShown().isEmpty());
    }

    private java.util.List<uk.dln.secretariat.model.roadmaps.OrganisationRoadmap> overview() {
        var roadmaps = workspaces.records().orElseThrow().roadmaps();
        var periods = roadmaps.periods().findAll();
        return roadmaps.overview(periods.get(periods.size() - 1).id());
    }

    private String organisationShown() {
        var value = ((javafx.scene.control.ComboBox<?>) view.lookup("#roadmaps-organisation")).getValue();
        return value == null ? "" : ((Organisation) value).shortName();
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void addingAMilestoneAndMovingItsForecastShowsTheSlippageAndTheHistory(FxRobot robot) throws Exception {
        openWorkspaceWithAnOrganisation();
        assertEquals("HMRC", organisationShown());
        robot.clickOn("Strategy and milestones");
        replaceText(robot, "#roadmap-title", "HMRC digital strategy");
        robot.clickOn("#roadmap-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> overview().size() == 1);

        replaceText(robot, "#milestone-title", "Self assessment online");
        replaceText(robot, "#milestone-baseline", "30/09/2026");
        replaceText(robot, "#milestone-forecast", "30/09/2026");
        robot.type(KeyCode.ENTER);
        var table = robot.lookup("#milestone-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        replaceText(robot, "#milestone-forecast", "31/10/2026");
        robot.type(KeyCode.ENTER);
        var history = robot.lookup("#milestone-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(31, ((Milestone) table.getItems().get(0)).slippageDays());
        assertEquals(31, ((MilestoneChange) history.getItems().get(1)).slippageDays());
        assertEquals("Slippage against baseline: 31 days late",
                robot.lookup("#milestone-slippage").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().anyMatch(cell -> "31 days late".equals(cell.getText())));
    }

    @Test
    void aForecastBeforeThePeriodIsRefusedBesideTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        openWorkspaceWithAnOrganisation();
        robot.clickOn("Strategy and milestones");
        replaceText(robot, "#roadmap-title", "HMRC digital strategy");
        robot.clickOn("#roadmap-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> overview().size() == 1);

        replaceText(robot, "#milestone-title", "Too early");
        replaceText(robot, "#milestone-baseline", "30/09/2026");
        replaceText(robot, "#milestone-forecast", "01/01/2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().contains("before SR2025 starts")));
        assertTrue(overview().get(0).milestones().isEmpty());
    }

    @Test
    void theTimelineCanBeSavedAsAPicture(FxRobot robot) throws Exception {
        openWorkspaceWithAnOrganisation();
        robot.clickOn("Timeline");
        Path png = folder.resolve("timeline-" + System.nanoTime() + ".png");
        WaitForAsyncUtils.asyncFx(() -> ((TimelinePane) view.lookup("#timeline-scroll").getParent()).saveTo(png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png) && Files.size(png) > 0);
        byte[] signature = Files.readAllBytes(png);
        assertEquals((byte) 0x89, signature[0]);
        assertEquals('P', signature[1]);
    }
}
