package uk.dln.secretariat.app.forms;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Drop-down choices built the same way everywhere: shown by a label, picked by typing, bound to a property. */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> of(String id, ObservableList<T> items, Function<T, String> label,
                                     Property<T> value) {
        var comboBox = new ComboBox<T>(items);
        comboBox.setId(id);
        comboBox.setConverter(labels(label));
        TypeAhead.install(comboBox, label);
        comboBox.valueProperty().bindBidirectional(value);
        return comboBox;
    }

    /** Shows each value by its label; typed text is never turned back into a value. */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
