package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.SecretariatApp;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;

/**
 * The risk editor while someone else saves the risk it shows: "Changed by … at 10:42" above the typing with Reload
 * (Alt+X), and a save over their change asks Reload or Keep editing rather than overwriting it.
 */
@UiTest
class RiskChangedByOthersViewTest {

    private static final Instant SEEN = Instant.parse("2026-11-22T10:42:00Z");

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestPreferences preferences;
    private FxTaskExecutor executor;
    private WorkspaceService workspaces;
    private RoadmapsViewModel context;
    private RoadmapsView view;

    @Start
    void start(Stage stage) {
        preferences = new TestPreferences();
        executor = new FxTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor, Clock.fixed(SEEN, ZoneOffset.UTC), dialogs);
        view = new RoadmapsView(context, executor);
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

    @SuppressWarnings("unchecked")
    private void openARiskOfDwp(FxRobot robot) throws Exception {
        Path file = folder.resolve("risks-" + System.nanoTime() + ".secretariat");
        try (var prepared = uk.dln.secretariat.persistence.Workspace.open(file)) {
            var dwp = prepared.organisations().save(Organisation.create("Department for Work and Pensions", "DWP",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            var periods = prepared.roadmaps().periods().findAll();
            var roadmap = prepared.roadmaps().roadmaps().save(new Roadmap(0, dwp.id(),
                    periods.get(periods.size() - 1).id(), "DWP digital strategy", "", "", null));
            prepared.roadmaps().risks().save(new Risk(0, roadmap.id(), "Supplier fails", "", "CDO", 2, 3, "",
                    RiskStatus.OPEN, LocalDate.of(2026, 12, 1), Set.of()));
        }
        WaitForAsyncUtils.asyncFx(() -> workspaces.open(file, error -> { throw new AssertionError(error); }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.snapshot().selected().isPresent());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tab.getText().equals(Messages.get("roadmaps.tab.risks"))).findFirst().orElseThrow()));
        var table = robot.lookup("#risk-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "2".equals(text(robot, "#risk-likelihood")));
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof TextArea area ? area.getText() : ((TextField) node).getText();
    }

    private Risk stored() {
        var roadmaps = workspaces.records().orElseThrow().roadmaps();
        return roadmaps.risks().findByRoadmap(context.snapshot().selected().orElseThrow().roadmap().id()).get(0);
    }

    /** Another coordinator rescores the risk; the server tells the window, as the section refresh would. */
    private void rescoredBehindTheEditor() throws Exception {
        Risk theirs = stored();
        workspaces.records().orElseThrow().roadmaps().risks().save(new Risk(theirs.id(), theirs.roadmapId(),
                theirs.title(), "", "CDO", 4, 3, "", RiskStatus.OPEN, theirs.reviewDate(), Set.of(),
                theirs.version()));
        WaitForAsyncUtils.asyncFx(() -> context.othersChanged(new ChangedRecords(
                List.of(new RecordChanged("risk", theirs.id(), "coordinator_dwp")), SEEN))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNoticeAppearsOverTheTypingAndAltXReloadsTheirVersionOnceTheTypingMayGo(FxRobot robot)
            throws Exception {
        openARiskOfDwp(robot);
        Node bar = robot.lookup("#risk-changed").query();
        assertFalse(bar.isVisible(), "no notice while nothing has changed");
        robot.clickOn("#risk-owner").type(KeyCode.END).write(" and deputy");

        rescoredBehindTheEditor();

        assertTrue(bar.isVisible());
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dwp", "10:42"),
                bar.getAccessibleText());
        assertEquals("CDO and deputy", text(robot, "#risk-owner"));
        assertEquals("2", text(robot, "#risk-likelihood"));

        dialogs.saveChoices.add(SaveChoice.DISCARD);
        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "4".equals(text(robot, "#risk-likelihood")));

        assertEquals(1, dialogs.saveQuestions.size());
        assertEquals("CDO", text(robot, "#risk-owner"));
        assertFalse(bar.isVisible());
    }

    @Test
    void savingOverTheirChangeAsksReloadOrKeepEditingAndKeepEditingStoresNothing(FxRobot robot) throws Exception {
        openARiskOfDwp(robot);
        robot.clickOn("#risk-owner").type(KeyCode.END).write(" and deputy");
        rescoredBehindTheEditor();
        dialogs.reloads.add(false);

        // The form scrolls; its Save button is pressed where it is.
        robot.interact(() -> robot.lookup("#risk-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.conflicts.isEmpty());

        assertTrue(dialogs.conflicts.get(0).contains("likelihood"), dialogs.conflicts.toString());
        assertEquals("CDO and deputy", text(robot, "#risk-owner"));
        assertEquals(4, stored().likelihood());
        assertEquals("CDO", stored().owner());
    }
}
