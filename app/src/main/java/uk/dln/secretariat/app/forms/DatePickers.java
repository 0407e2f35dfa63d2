package uk.dln.secretariat.app.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.time.TypedDate;

/**
 * Every typed date in the app goes through here and through {@link TypedDate}, the one strict reader. JavaFX's own
 * DatePicker converter quietly turns 31/02/2027 into 28 February; here a day that does not exist is refused with a
 * message under the field, the text stays as typed, and the message goes as soon as the text is a date again.
 */
public final class DatePickers {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DatePickers() {
    }

    /** A date picker whose typed text is read strictly, its refusals shown as {@code field}'s message. */
    public static DatePicker create(FieldErrors errors, String field) {
        var picker = new DatePicker();
        TextField editor = picker.getEditor();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // A refused text stays in the field, so the person can see and correct what they typed.
                Optional<String> refused = refusedText(errors, field);
                if (refused.isPresent() || date == null) {
                    return refused.orElse("");
                }
                String typed = editor.getText();
                return TypedDate.acceptable(typed) && date.equals(TypedDate.parse(field, typed)) ? typed
                        : date.format(SHOWN);
            }

            @Override
            public LocalDate fromString(String text) {
                return read(errors, field, text, picker.getValue());
            }
        });
        picker.setPromptText(Messages.get("form.date.prompt"));
        // Commit typed text when focus leaves, not only on Enter, so Tab-through forms keep what was typed.
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                picker.setValue(read(errors, field, editor.getText(), picker.getValue()));
                // The picker's skin empties the text of a field with no value as focus leaves; put it back after.
                Platform.runLater(() -> refusedText(errors, field).filter(t -> !t.equals(editor.getText()))
                        .ifPresent(editor::setText));
            }
        });
        editor.textProperty().addListener((obs, old, text) -> {
            // Only what the person types can correct a refused date; the skin rewriting the text does not.
            if (picker.isFocused() && TypedDate.acceptable(text)) {
                errors.acceptInput(field);
                if (!text.isBlank()) {
                    // Take a corrected date at once, so a save by shortcut, with focus still here, sees it.
                    picker.setValue(TypedDate.parse(field, text));
                }
            }
        });
        // The form was filled afresh (another record, or cleared): show its value, not a text refused before.
        errors.of(field).addListener((obs, old, message) -> {
            if (message.isEmpty() && !TypedDate.acceptable(editor.getText())) {
                editor.setText(picker.getConverter().toString(picker.getValue()));
            }
        });
        return picker;
    }

    /**
     * Makes a text field holding a typed date (the roadmap forms keep the text itself) refuse a date that does not
     * exist as focus leaves it, and drop the message as soon as the text is corrected.
     */
    public static void watch(TextField dateField, FieldErrors errors, String field) {
        dateField.setPromptText(Messages.get("form.date.prompt"));
        dateField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                read(errors, field, dateField.getText(), null);
            }
        });
        dateField.textProperty().addListener((obs, old, text) -> {
            if (TypedDate.acceptable(text)) {
                errors.acceptInput(field);
            }
        });
    }

    /** The date typed; when it is refused, {@code unchanged}, so nothing is adjusted and every save is refused. */
    private static LocalDate read(FieldErrors errors, String field, String text, LocalDate unchanged) {
        Optional<Problem> problem = TypedDate.problem(field, text);
        if (problem.isPresent()) {
            errors.refuseInput(problem.get());
            return unchanged;
        }
        errors.acceptInput(field);
        return TypedDate.parse(field, text);
    }

    private static Optional<String> refusedText(FieldErrors errors, String field) {
        return errors.refused(field).map(problem -> String.valueOf(problem.arguments().get(0)));
    }
}
