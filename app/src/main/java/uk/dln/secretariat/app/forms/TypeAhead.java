package uk.dln.secretariat.app.forms;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Lets a keyboard user pick from a long drop-down by typing: the first choice whose label starts with (or, failing
 * that, contains) what was typed in the last second is selected. Typing "dft" finds "Department for Transport (DfT)".
 *
 * <p>Enter in a drop-down confirms the choice and goes no further: it never reaches the form's default button, so
 * choosing a value by keyboard can never save a half-filled form.
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
        comboBox.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
    }

    public static <T> void install(ComboBox<T> comboBox, Function<T, String> label) {
        new TypeAhead<>(comboBox, label);
    }

    /** For a drop-down that shows its values through its converter (or their own text). */
    public static <T> void install(ComboBox<T> comboBox) {
        new TypeAhead<>(comboBox, value -> comboBox.getConverter() == null ? String.valueOf(value)
                : comboBox.getConverter().toString(value));
    }

    private void typed(KeyEvent event) {
        if (comboBox.isEditable()) {
            // An editable drop-down takes typed text into its field instead.
            return;
        }
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
                .filter(item -> labelOf(item).startsWith(wanted)).findFirst()
                .orElseGet(() -> comboBox.getItems().stream()
                        .filter(item -> labelOf(item).contains(wanted)).findFirst()
                        .orElse(null));
        if (match != null) {
            comboBox.getSelectionModel().select(match);
        }
        event.consume();
    }

    private String labelOf(T item) {
        String text = item == null ? "" : label.apply(item);
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
