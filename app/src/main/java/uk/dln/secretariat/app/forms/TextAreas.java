package uk.dln.secretariat.app.forms;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Multi-line fields that wrap, and where Tab and Shift+Tab move to the next and previous field as in every other
 * field, instead of typing a tab character a keyboard user cannot get out of. Ctrl+Tab types a tab, for the rare text
 * that needs one.
 */
public final class TextAreas {

    private TextAreas() {
    }

    public static TextArea create(String id, StringProperty text, int rows) {
        var area = new TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(text);
        area.setPrefRowCount(rows);
        return tabLeaves(area);
    }

    /** Gives an existing text area the same keys: wrapping, Tab to leave it, Ctrl+Tab to type a tab. */
    public static TextArea tabLeaves(TextArea area) {
        area.setWrapText(true);
        var forwarding = new boolean[1];
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (forwarding[0] || event.getCode() != KeyCode.TAB || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            event.consume();
            if (event.isControlDown()) {
                if (area.isEditable()) {
                    area.replaceSelection("\t");
                }
                return;
            }
            // Ctrl+Tab is the text area's own "move focus" key: passed on, it keeps the traversal rules of the
            // scene. It is marked as passed on so that this filter does not take it for a typed Ctrl+Tab.
            forwarding[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            } finally {
                forwarding[0] = false;
            }
        });
        return area;
    }
}
