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
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.UiTest;

/** The real "save your changes?" dialog by keyboard: Enter and Escape never save or discard work unasked. */
@UiTest
class SaveQuestionDialogTest {

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    private CompletableFuture<SaveChoice> ask() {
        var answer = new CompletableFuture<SaveChoice>();
        Platform.runLater(() -> answer.complete(dialogs.askToSave("Attendance: save your changes?",
                "Attendance has changes that are not saved yet.")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static SaveChoice answered(CompletableFuture<SaveChoice> answer) throws Exception {
        return answer.get(5, TimeUnit.SECONDS);
    }

    @Test
    void escapeIsCancel(FxRobot robot) throws Exception {
        var answer = ask();

        robot.type(KeyCode.ESCAPE);

        assertEquals(SaveChoice.CANCEL, answered(answer));
    }

    @Test
    void enterIsCancelTheDefault(FxRobot robot) throws Exception {
        var answer = ask();

        robot.type(KeyCode.ENTER);

        assertEquals(SaveChoice.CANCEL, answered(answer));
    }

    @Test
    void altSSaves(FxRobot robot) throws Exception {
        var answer = ask();

        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);

        assertEquals(SaveChoice.SAVE, answered(answer));
    }

    @Test
    void altDDiscards(FxRobot robot) throws Exception {
        var answer = ask();

        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);

        assertEquals(SaveChoice.DISCARD, answered(answer));
    }
}
