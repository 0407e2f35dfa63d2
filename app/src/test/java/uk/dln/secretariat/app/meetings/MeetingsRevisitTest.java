package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.UiTest;

/** Coming back to Meetings reads it again; with nothing typed, leaving it again asks nothing. */
@UiTest
class MeetingsRevisitTest {

    @TempDir
    static Path folder;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()), Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void aMeetingWithAChairShownAgainHasNoUnsavedChanges(FxRobot robot) throws Exception {
        app.settle();
        DemoWorkspace.fill(app.workspace());
        for (int visit = 0; visit < 3; visit++) {
            app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
            app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        }

        assertEquals(List.of(), app.dialogs().saveQuestions);
    }
}
