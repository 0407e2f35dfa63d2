package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/** File > Connect to shared workspace…, by keyboard alone, against a real PostgreSQL server (decision 0043). */
@UiTest
@ExtendWith(PostgresExtension.class)
class ConnectToSharedWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** Ctrl+Shift+O, then each field in turn with Tab; the port and the user replace what is there. */
    private void connectByKeyboard(FxRobot robot, ServerAddress address) throws Exception {
        app.settle();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#connect-host").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // The robot types into the window it targets; the dialog has the focus, as a window manager would give it.
        robot.targetWindow(robot.lookup("#connect-host").query().getScene().getWindow());
        robot.write(address.host()).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(String.valueOf(address.port())).type(KeyCode.TAB);
        robot.write(address.database()).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(address.user());
        robot.press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.services().executor().running().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowConnectsToASharedWorkspaceAndShowsItsDirectory(FxRobot robot, TestDatabase database)
            throws Exception {
        var address = ServerAddress.parse(database.address());
        try (var shared = ServerWorkspace.open(address, Clock.systemUTC())) {
            shared.data().organisations().save(Organisation.create("Cabinet Office on the server", "COS",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }

        connectByKeyboard(robot, address);

        assertInstanceOf(ServerWorkspace.class, app.services().workspaces().current().orElseThrow());
        assertTrue(robot.lookup("#connect-host").queryAll().isEmpty(), "the dialog closes once connected");
        assertEquals(List.of(), app.dialogs().errors);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        app.settle();
        TableView<?> table = robot.lookup("#organisations-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(table.getItems().get(0).toString().contains("COS"), table.getItems().toString());
        String status = app.window().viewModel().workspaceLocationProperty().get();
        assertTrue(status.contains(address.host() + ":" + address.port() + "/" + address.database()), status);
        assertTrue(status.contains("signed in as " + address.user()), status);
        assertTrue(app.window().viewModel().windowTitleProperty().get().contains(address.database()));

        // A server's workspace has no backup files here: Back up now says how it is kept instead of failing oddly.
        WaitForAsyncUtils.asyncFx(() -> app.services().workspaces().backUpNow(backup -> { },
                error -> app.dialogs().showError("backup", Messages.describe(error)))).get();
        app.settle();
        assertEquals(1, app.dialogs().errors.size(), app.dialogs().errors::toString);
        assertTrue(app.dialogs().errors.get(0).contains("snapshot --to FILE"), app.dialogs().errors.get(0));
    }

    @Test
    void aDatabaseThatIsNotThereIsSaidInWordsAndTheOpenWorkspaceStaysOpen(FxRobot robot, TestDatabase database)
            throws Exception {
        var real = ServerAddress.parse(database.address());
        app.settle();
        var before = app.services().workspaces().current().orElseThrow();

        connectByKeyboard(robot, new ServerAddress(real.host(), real.port(), "no_such_workspace", real.user()));

        assertEquals(1, app.dialogs().errors.size(), app.dialogs().errors::toString);
        assertTrue(app.dialogs().errors.get(0).contains("has no database called no_such_workspace"),
                app.dialogs().errors.get(0));
        assertEquals(before, app.services().workspaces().current().orElseThrow());
        assertInstanceOf(Workspace.class, before);
        assertTrue(robot.lookup("#connect-host").queryAll().size() == 1, "the dialog stays open to correct it");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#connect-host").queryAll().isEmpty());
    }
}
