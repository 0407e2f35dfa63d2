package uk.dln.secretariat.app.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A confirmation of something destructive is not given by Enter alone. */
@UiTest
class ConfirmationDefaultsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void enterInAConfirmationChoosesCancel(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(new FxDialogService(stage).confirm("Delete the meeting?",
                "Meeting 12 and its agenda will be deleted.", "Delete meeting")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);

        robot.type(KeyCode.ENTER);

        assertEquals(false, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void theGoAheadButtonStillGoesAheadWhenChosen(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Boolean>();
        Platform.runLater(() -> answer.complete(new FxDialogService(stage).confirm("Delete the meeting?",
                "Meeting 12 and its agenda will be deleted.", "Delete meeting")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);

        robot.clickOn("Delete meeting");

        assertEquals(true, answer.get(5, TimeUnit.SECONDS));
    }
}
