package uk.dln.secretariat.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

/**
 * A government financial year, 1 April to 31 March, written {@code 2026-27}.
 *
 * @param startYear the calendar year in which it starts, e.g. 2026 for 2026-27
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public static final int EARLIEST = 1990;
    public static final int LATEST = 2199;
    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[-/\u2013]\\s*(\\d{2})");

    public FinancialYear {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new ValidationException(List.of(Problem.of("year", "roadmaps.error.yearRange", String.valueOf(startYear),
                    String.valueOf(EARLIEST), String.valueOf(LATEST))));
        }
    }

    /** The financial year that contains the date. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads {@code 2026-27}; refuses a second part that does not follow the first. */
    public static FinancialYear parse(String text) {
        var matcher = LABEL.matcher(text == null ? "" : text.strip());
        if (matcher.matches()) {
            int first = Integer.parseInt(matcher.group(1));
            int second = Integer.parseInt(matcher.group(2));
            if ((first + 1) % 100 == second) {
                return new FinancialYear(first);
            }
        }
        throw new ValidationException(List.of(Problem.of("year", "roadmaps.error.financialYear", String.valueOf(text))));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public List<Quarter> quarters() {
        return IntStream.rangeClosed(1, 4).mapToObj(n -> new Quarter(this, n)).toList();
    }

    /** {@code 2026-27}. */
    public String label() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
