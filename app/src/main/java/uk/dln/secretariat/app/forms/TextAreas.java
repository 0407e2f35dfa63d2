package uk.dln.secretariat.app.forms;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Multi-line fields that wrap, and where Tab and Shift+Tab move to the next and previous field as in every other
 * field, instead of typing a tab character a keyboard user cannot get out of.
 */
public final class TextAreas {

    private TextAreas() {
    }

    public static TextArea create(String id, StringProperty text, int rows) {
        var area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(text);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // Ctrl+Tab is the text area's own "move focus" key; passing it on keeps its traversal rules.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        return area;
    }
}
