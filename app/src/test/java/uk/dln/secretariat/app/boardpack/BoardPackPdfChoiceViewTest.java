package uk.dln.secretariat.app.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.app.task.FxTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/** The PDF checkbox of the Board packs view: ticked when LibreOffice is found; otherwise off, with the reason. */
@UiTest
class BoardPackPdfChoiceViewTest {

    private static final FileOpener NONE = new FileOpener() {
        @Override
        public boolean isSupported() {
            return false;
        }

        @Override
        public void open(Path fileOrFolder) {
        }
    };

    private TestPreferences preferences;
    private FxTaskExecutor executor;
    private WorkspaceService workspaces;
    private StackPane root;

    @Start
    void start(Stage stage) {
        preferences = new TestPreferences();
        executor = new FxTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        root = new StackPane();
        stage.setScene(new Scene(root, 1000, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        executor.shutdown();
        WaitForAsyncUtils.asyncFx(() -> workspaces.close()).get(5, TimeUnit.SECONDS);
        preferences.close();
    }

    private void show(Optional<LibreOffice> found) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> root.getChildren().setAll(new BoardPackView(new BoardPackViewModel(
                workspaces, executor, Clock.systemDefaultZone(), NONE, () -> found)))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> executor.running().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withLibreOfficeTheBoxIsTickedAndCanBeUnticked(FxRobot robot) throws Exception {
        show(Optional.of(new LibreOffice(Path.of("/usr/bin/soffice"))));
        CheckBox box = robot.lookup("#pack-pdf").queryAs(CheckBox.class);

        assertTrue(box.isSelected() && !box.isDisabled());
        assertEquals("Also make one PDF with the papers", box.getAccessibleText());
        assertFalse(robot.lookup("#pack-pdf-needs-libreoffice").queryAs(Label.class).isVisible());
        robot.clickOn(box);
        assertFalse(box.isSelected());
    }

    @Test
    void withoutLibreOfficeTheBoxIsOffAndTheViewSaysThePdfNeedsIt(FxRobot robot) throws Exception {
        show(Optional.empty());
        CheckBox box = robot.lookup("#pack-pdf").queryAs(CheckBox.class);
        Label reason = robot.lookup("#pack-pdf-needs-libreoffice").queryAs(Label.class);

        assertFalse(box.isSelected());
        assertTrue(box.isDisabled());
        assertTrue(reason.isVisible() && reason.getText().contains("needs LibreOffice"), reason.getText());
    }
}
