package uk.dln.secretariat.app.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Keyboard shortcuts that belong to one part of the window and work wherever the focus is, but only while that part
 * is showing. JavaFX mnemonics cannot do this: the same letter on two screens makes them cycle focus instead of
 * acting, and hidden tabs still hold them.
 */
public final class Shortcuts {

    private final Node owner;
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();
    private final EventHandler<KeyEvent> filter = this::handle;

    private Shortcuts(Node owner) {
        this.owner = owner;
        owner.sceneProperty().addListener((obs, old, scene) -> move(old, scene));
        move(null, owner.getScene());
    }

    public static Shortcuts on(Node owner) {
        return new Shortcuts(owner);
    }

    /** Alt plus the key runs the button's action; its tooltip names the shortcut. */
    public Shortcuts alt(KeyCode key, ButtonBase button) {
        KeyCombination combination = new KeyCodeCombination(key, KeyCombination.ALT_DOWN);
        actions.put(combination, () -> {
            if (!button.isDisabled()) {
                button.requestFocus();
                button.fire();
            }
        });
        String hint = Messages.get("shortcut.tooltip", button.getText(), combination.getDisplayText());
        button.setTooltip(new Tooltip(hint));
        button.setAccessibleHelp(hint);
        return this;
    }

    /** Alt plus the key moves the focus to the node. */
    public Shortcuts altFocus(KeyCode key, Node target) {
        actions.put(new KeyCodeCombination(key, KeyCombination.ALT_DOWN), target::requestFocus);
        return this;
    }

    private void move(Scene from, Scene to) {
        if (from != null) {
            from.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
        if (to != null) {
            to.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    private void handle(KeyEvent event) {
        if (!showing()) {
            return;
        }
        for (var entry : actions.entrySet()) {
            if (entry.getKey().match(event)) {
                entry.getValue().run();
                event.consume();
                return;
            }
        }
    }

    private boolean showing() {
        for (Node node = owner; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return owner.getScene() != null;
    }
}
