package uk.dln.secretariat.app.forms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.UiTest;

/** A form in a narrow window keeps its labels whole and inside the window; its fields give way. */
@UiTest
class FormGridLayoutTest {

    private FormGrid grid;

    @Start
    void start(Stage stage) {
        var scale = new ComboBox<>(FXCollections.observableArrayList(
                "Three-point: Red, Amber, Green (current government scale)"));
        scale.getSelectionModel().select(0);
        grid = new FormGrid()
                .row("settings.networkName", new TextField(), new ReadOnlyStringWrapper("").getReadOnlyProperty())
                .row("settings.confidenceScale", scale, new ReadOnlyStringWrapper("").getReadOnlyProperty());
        stage.setScene(new Scene(new VBox(grid), 420, 200));
        stage.show();
    }

    @Test
    void labelsStayWholeAndInsideANarrowForm(FxRobot robot) {
        robot.interact(() -> grid.layout());
        for (var node : grid.getChildren()) {
            if (node instanceof Label label) {
                var bounds = label.localToScene(label.getLayoutBounds());
                assertTrue(bounds.getMinX() >= 0, label.getText() + " starts outside the window: " + bounds);
                assertTrue(label.getWidth() >= label.prefWidth(-1) - 0.5, label.getText() + " is cut short");
            }
        }
    }
}
