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

    /**
     * Refuses text holding a character that a document cannot carry: control characters other than tab and line
     * breaks, DEL, and U+FFFE/U+FFFF. They are invisible, arrive with text pasted from other programs or damaged
     * files, and a single one makes a Word or Excel part unreadable. Used by forms and imports, not by records, so
     * text stored before this rule still loads (the documents drop such characters on their own).
     */
    public Validator plainText(String field, String value) {
        int at = firstControlCharacter(value);
        if (at >= 0) {
            problems.add(Problem.of(field, "validation.controlCharacter",
                    String.format("U+%04X", (int) value.charAt(at)), at + 1));
        }
        return this;
    }

    /** Where the first character {@link #plainText} refuses is, or -1 when there is none. */
    public static int firstControlCharacter(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            if (control || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
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
