package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.MainWindow;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.audit.AuditRow;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;

/** The window of a second copy: a banner says the workspace is read only and who has it; its history still shows. */
@UiTest
class ReadOnlyWindowTest {

    @TempDir
    static Path folder;

    private TestPreferences preferences;
    private Services services;
    private Workspace firstCopy;

    @Start
    void start(Stage stage) {
        var directories = new AppDirectories(folder.resolve("home-" + System.nanoTime()));
        firstCopy = Workspace.open(directories.defaultWorkspace());
        firstCopy.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
        preferences = new TestPreferences();
        services = new Services(new FxTaskExecutor(), preferences.preferences(), directories, new ScriptedDialogs());
        var window = new MainWindow(stage, services);
        window.show();
        window.viewModel().openStartupWorkspace();
    }

    @AfterEach
    void tearDown() throws Exception {
        services.executor().shutdown();
        WaitForAsyncUtils.asyncFx(() -> services.workspaces().close()).get(5, TimeUnit.SECONDS);
        firstCopy.close();
        preferences.close();
    }

    private void waitForWorkspace() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.workspaces().current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBannerSaysInWordsThatTheWorkspaceIsReadOnlyAndWhoHasIt(FxRobot robot) throws Exception {
        waitForWorkspace();
        var banner = robot.lookup("." + ReadOnlyBanner.STYLE_CLASS).query();
        assertTrue(banner.isVisible());
        assertTrue(robot.lookup(".read-only-title").queryAs(Label.class).getText().equals("Read only"));
        assertTrue(banner.getAccessibleText().contains(System.getProperty("user.name") + " has this workspace open"),
                banner.getAccessibleText());
    }

    @Test
    void theAuditLogOpensFromTheKeyboardAndShowsTheOtherCopysChanges(FxRobot robot) throws Exception {
        waitForWorkspace();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#audit-entries").queryAll().isEmpty()
                && !robot.lookup("#audit-entries").<TableView<AuditRow>>query().getItems().isEmpty());

        TableView<AuditRow> entries = robot.lookup("#audit-entries").query();
        assertTrue(entries.getItems().get(0).changes().contains("Home Office"), entries.getItems().toString());
        robot.type(KeyCode.ESCAPE);
    }
}
