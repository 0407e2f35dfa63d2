package uk.dln.secretariat.app.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Date pickers that accept what people type in the UK (22/11/2026, 22-11-2026) or ISO form (2026-11-22) and show
 * dates as dd/MM/yyyy. Text that is not a date leaves the value empty, which the form then reports.
 */
public final class DatePickers {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<DateTimeFormatter> ACCEPTED = List.of(SHOWN, DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ofPattern("d-M-yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

    private DatePickers() {
    }

    public static DatePicker create() {
        var picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(SHOWN);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        picker.setPromptText(Messages.get("form.date.prompt"));
        // Commit typed text when focus leaves, not only on Enter, so Tab-through forms keep what was typed.
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                picker.setValue(parse(picker.getEditor().getText()));
            }
        });
        return picker;
    }

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }
}
