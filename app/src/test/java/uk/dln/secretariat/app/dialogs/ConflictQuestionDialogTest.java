package uk.dln.secretariat.app.dialogs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.support.UiTest;

/** The real "changed by someone else" dialog by keyboard: Enter and Escape keep editing; Reload is chosen. */
@UiTest
class ConflictQuestionDialogTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    private CompletableFuture<Boolean> ask() {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(dialogs.askToReload("Action: changed by someone else",
                "Not saved: alice changed this record at 2026-12-03 10:15 (description) after you opened it.")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void escapeKeepsEditing(FxRobot robot) throws Exception {
        var answer = ask();

        robot.type(KeyCode.ESCAPE);

        assertFalse(answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void enterKeepsEditingTheDefault(FxRobot robot) throws Exception {
        var answer = ask();

        robot.type(KeyCode.ENTER);

        assertFalse(answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void altRReloads(FxRobot robot) throws Exception {
        var answer = ask();

        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);

        assertTrue(answer.get(5, TimeUnit.SECONDS));
    }
}
