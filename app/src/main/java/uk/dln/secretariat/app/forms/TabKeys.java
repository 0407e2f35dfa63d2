package uk.dln.secretariat.app.forms;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Page Down and Ctrl+Page Up move between a tab pane's tabs from anywhere inside {@code area}, as in a browser,
 * and put the focus in the tab that opens.
 */
public final class TabKeys {

    private static final KeyCombination NEXT_TAB = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_TAB = new KeyCodeCombination(KeyCode.PAGE_UP,
            KeyCombination.SHORTCUT_DOWN);

    private TabKeys() {
    }

    public static void install(Node area, TabPane tabs) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int step = NEXT_TAB.match(event) ? 1 : PREVIOUS_TAB.match(event) ? -1 : 0;
            if (step != 0) {
                int count = tabs.getTabs().size();
                var selection = tabs.getSelectionModel();
                selection.select((selection.getSelectedIndex() + step + count) % count);
                selection.getSelectedItem().getContent().requestFocus();
                event.consume();
            }
        });
    }
}
