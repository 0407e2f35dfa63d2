package uk.dln.secretariat.app.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.support.UiTest;

/** The keys every form shares: drop-downs that never save, multi-line fields that Tab leaves. */
@UiTest
class FormKeysTest {

    private final AtomicInteger saves = new AtomicInteger();
    private final SimpleObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final SimpleStringProperty notes = new SimpleStringProperty("");
    private ComboBox<String> kinds;
    private ComboBox<String> marking;
    private TextArea area;
    private TextField after;

    @Start
    void start(Stage stage) {
        kinds = Choices.of("kind", FXCollections.observableArrayList("Ministerial department", "Agency",
                "Devolved administration"), value -> value, kind);
        marking = new ComboBox<>(FXCollections.observableArrayList("OFFICIAL", "OFFICIAL-SENSITIVE"));
        marking.setEditable(true);
        marking.setId("marking");
        TypeAhead.install(marking);
        area = TextAreas.create("notes", notes, 3);
        after = new TextField();
        after.setId("after");
        var save = new Button("Save");
        save.setDefaultButton(true);
        save.setOnAction(event -> saves.incrementAndGet());
        stage.setScene(new Scene(new VBox(8, kinds, marking, area, after, save), 400, 300));
        stage.show();
    }

    @Test
    void enterInADropDownChoosesWithoutSavingTheForm(FxRobot robot) {
        robot.clickOn("#kind");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, saves.get(), "Enter in a drop-down pressed the form's default button");
        assertTrue(kind.get() != null, "the drop-down kept no choice");
    }

    @Test
    void enterInAnEditableDropDownKeepsWhatWasTypedWithoutSaving(FxRobot robot) {
        robot.clickOn("#marking");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("OFFICIAL-SENSITIVE");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, saves.get(), "Enter in an editable drop-down pressed the form's default button");
        assertEquals("OFFICIAL-SENSITIVE", marking.getEditor().getText());
    }

    @Test
    void typingInADropDownChoosesTheFirstMatchingValue(FxRobot robot) {
        robot.interact(() -> kinds.requestFocus());
        robot.write("dev");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Devolved administration", kind.get());
    }

    @Test
    void tabLeavesAMultiLineFieldForTheNextField(FxRobot robot) {
        robot.clickOn("#notes").write("Line one");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(after.isFocused(), "Tab stayed in the multi-line field");
        assertEquals("Line one", notes.get());
    }

    @Test
    void shiftTabLeavesAMultiLineFieldForThePreviousField(FxRobot robot) {
        robot.clickOn("#notes");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(marking.isFocused() || marking.getEditor().isFocused(), "Shift+Tab did not go back a field");
        assertEquals("", notes.get());
    }

    @Test
    void ctrlTabTypesATabInAMultiLineField(FxRobot robot) {
        robot.clickOn("#notes").write("a");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        robot.write("b");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("a\tb", notes.get());
        assertTrue(area.isFocused(), "Ctrl+Tab left the multi-line field");
    }
}
