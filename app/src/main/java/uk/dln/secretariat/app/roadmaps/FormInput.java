package uk.dln.secretariat.app.roadmaps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.app.forms.TypedText;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.model.time.TypedDate;

/**
 * Reads what was typed into a form, collecting a problem per bad field instead of stopping at the first, so every
 * message can be shown at once. Dates are read by {@link TypedDate}, the one strict reader.
 */
final class FormInput {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<Problem> problems = new ArrayList<>();

    /** A refusal from the workspace goes next to its fields; anything else is said under the form. */
    static void showFailure(FieldErrors errors, Throwable error) {
        if (error instanceof ValidationException invalid) {
            errors.show(invalid.problems());
        } else {
            errors.showGeneral(Messages.describe(error));
        }
    }

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    LocalDate date(String field, String text, boolean required) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(Problem.of(field, "validation.required"));
            }
            return null;
        }
        var refused = TypedDate.problem(field, value);
        refused.ifPresent(problems::add);
        return refused.isPresent() ? null : TypedDate.parse(field, value);
    }

    BigDecimal decimal(String field, String text) {
        String value = text == null ? "" : text.strip().replace(",", "");
        if (value.isEmpty()) {
            problems.add(Problem.of(field, "validation.required"));
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "roadmaps.error.number", value));
            return null;
        }
    }

    /** A whole number; 0 (which every 1-to-5 rule refuses) when it is not one. */
    int whole(String field, String text) {
        String value = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, value.isEmpty() ? "validation.required" : "roadmaps.error.whole", value));
            return 0;
        }
    }

    /** Runs the constructor that validates; its problems join the others. Null when anything is wrong. */
    <T> T build(Supplier<T> constructor) {
        try {
            T built = constructor.get();
            return problems.isEmpty() ? built : null;
        } catch (ValidationException e) {
            for (Problem problem : e.problems()) {
                if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                    problems.add(problem);
                }
            }
            return null;
        }
    }

    /** Refuses text holding a character documents cannot carry, under its field. */
    void text(StringProperty... fields) {
        problems.addAll(TypedText.problems(fields));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
