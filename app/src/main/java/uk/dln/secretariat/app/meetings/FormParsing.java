package uk.dln.secretariat.app.meetings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.app.forms.TypedText;
import javafx.beans.property.StringProperty;

/**
 * Reads typed text (times, minutes, markings) into values for a record, collecting what cannot be read so that the
 * person sees those problems together with the record's own, one per field.
 */
final class FormParsing {

    private final List<Problem> problems = new ArrayList<>();

    LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip().replace('.', ':'));
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "meetings.error.startTime"));
            return null;
        }
    }

    int minutes(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "meetings.error.minutesNumber", String.valueOf(text).strip()));
            return 0;
        }
    }

    ProtectiveMarking marking(String text) {
        try {
            return ProtectiveMarking.parse(text);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return ProtectiveMarking.OFFICIAL;
        }
    }

    /** Refuses text holding a character documents cannot carry, under its field. */
    void text(StringProperty... fields) {
        problems.addAll(TypedText.problems(fields));
    }

    /** Builds the record; returns null, with every problem shown on the form, if anything is wrong. */
    <T> T build(Supplier<T> record, FieldErrors errors) {
        try {
            T built = record.get();
            if (problems.isEmpty() && !errors.refusesInput()) {
                return built;
            }
        } catch (ValidationException e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        errors.show(problems);
        return null;
    }
}
