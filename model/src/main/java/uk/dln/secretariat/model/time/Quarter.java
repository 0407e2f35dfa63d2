package uk.dln.secretariat.model.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * A quarter of a financial year: Q1 is April to June. Written {@code 2026-27 Q1}.
 *
 * @param number 1 to 4
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

    private static final Pattern LABEL = Pattern.compile("(.+?)\\s*Q([1-4])");
    private static final Comparator<Quarter> ORDER =
            Comparator.comparing(Quarter::year).thenComparingInt(Quarter::number);

    public Quarter {
        if (year == null || number < 1 || number > 4) {
            throw new ValidationException(List.of(Problem.of("period", "roadmaps.error.quarter", String.valueOf(number))));
        }
    }

    public static Quarter of(LocalDate date) {
        FinancialYear year = FinancialYear.of(date);
        int monthsIn = (date.getMonthValue() + 8) % 12;
        return new Quarter(year, monthsIn / 3 + 1);
    }

    /** Reads {@code 2026-27 Q1} (case and spacing forgiven). */
    public static Quarter parse(String text) {
        var matcher = LABEL.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new ValidationException(List.of(Problem.of("period", "roadmaps.error.quarterFormat", String.valueOf(text))));
        }
        return new Quarter(FinancialYear.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (number - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year.next(), 1) : new Quarter(year, number + 1);
    }

    /** {@code 2026-27 Q1}. */
    public String label() {
        return year.label() + " Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
