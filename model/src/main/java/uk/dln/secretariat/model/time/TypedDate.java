package uk.dln.secretariat.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * The one reader of dates people type: 31/1/2027, 31/01/2027, 31-01-2027 or 2027-01-31. It is strict: a day that
 * does not exist (31/02/2027, 31/04/2027, month 13) is refused with a message saying why, never quietly moved to
 * the end of the month as a lenient or "smart" parser would.
 */
public final class TypedDate {

    /** How dates are shown for typing and in messages: day/month/year, as people write them. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAY_FIRST_SHAPE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private TypedDate() {
    }

    /**
     * The date typed, or null for blank text.
     *
     * @throws ValidationException with one problem on {@code field} when the text is not a date
     */
    public static LocalDate parse(String field, String text) {
        Optional<Problem> problem = problem(field, text);
        if (problem.isPresent()) {
            throw new ValidationException(List.of(problem.get()));
        }
        return read(text);
    }

    /** Why the text is not a date, or empty when it is one (or is blank). */
    public static Optional<Problem> problem(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int day;
        int month;
        int year;
        Matcher dayFirst = DAY_FIRST_SHAPE.matcher(value);
        Matcher iso = ISO_SHAPE.matcher(value);
        if (dayFirst.matches()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(2));
            year = Integer.parseInt(dayFirst.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            return Optional.of(Problem.of(field, "date.error.unreadable", value));
        }
        if (month < 1 || month > 12) {
            return Optional.of(Problem.of(field, "date.error.noSuchMonth", value, month));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            // Year as text so that no locale writes it 2,027.
            return Optional.of(Problem.of(field, "date.error.noSuchDay", value, month, String.valueOf(year),
                    length));
        }
        return Optional.empty();
    }

    /** Whether the text is a date or blank: what a field needs to drop its message as soon as it is corrected. */
    public static boolean acceptable(String text) {
        return problem("", text).isEmpty();
    }

    /** The date as it is typed, e.g. 3/12/2026; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.format(SHOWN);
    }

    private static LocalDate read(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher iso = ISO_SHAPE.matcher(value);
        String dayFirst = iso.matches() ? iso.group(3) + "/" + iso.group(2) + "/" + iso.group(1)
                : value.replace('-', '/').replace('.', '/');
        try {
            return LocalDate.parse(dayFirst, DAY_FIRST);
        } catch (DateTimeParseException e) {
            // problem() has already accepted the text, so this cannot happen short of a bug: say so plainly.
            throw new IllegalStateException("Accepted date text could not be read: " + value, e);
        }
    }
}
