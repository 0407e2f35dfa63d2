package uk.dln.secretariat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects problems with an input so that all of them can be reported at once. Shared by every record's
 * validation so that the same rule always gives the same message.
 */
public final class Validator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<Problem> problems = new ArrayList<>();

    public Validator required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "validation.required"));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max, value.length()));
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            problems.add(Problem.of(field, "validation.email", value));
        }
        return this;
    }

    /** Adds a problem when {@code condition} is false. */
    public Validator check(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            problems.add(Problem.of(field, messageKey, arguments));
        }
        return this;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws a {@link ValidationException} listing every problem, if there are any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
