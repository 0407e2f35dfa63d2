package uk.dln.secretariat.app.forms;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Lets a keyboard user pick from a long drop-down by typing: the first choice whose label starts with (or, failing
 * that, contains) what was typed in the last second is selected. Typing "dft" finds "Department for Transport (DfT)".
 */
public final class TypeAhead<T> {

    private static final long RESET_MILLIS = 1000;

    private final ComboBox<T> comboBox;
    private final Function<T, String> label;
    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    private TypeAhead(ComboBox<T> comboBox, Function<T, String> label) {
        this.comboBox = comboBox;
        this.label = label;
        comboBox.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    public static <T> void install(ComboBox<T> comboBox, Function<T, String> label) {
        new TypeAhead<>(comboBox, label);
    }

    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || event.isControlDown()
                || event.isAltDown()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastKey > RESET_MILLIS) {
            typed.setLength(0);
        }
        lastKey = now;
        typed.append(character.toLowerCase(Locale.ROOT));
        String wanted = typed.toString();
        T match = comboBox.getItems().stream()
                .filter(item -> label.apply(item).toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                .orElseGet(() -> comboBox.getItems().stream()
                        .filter(item -> label.apply(item).toLowerCase(Locale.ROOT).contains(wanted)).findFirst()
                        .orElse(null));
        if (match != null) {
            comboBox.getSelectionModel().select(match);
        }
        event.consume();
    }
}
