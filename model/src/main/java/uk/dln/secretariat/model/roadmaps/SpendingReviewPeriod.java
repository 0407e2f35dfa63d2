package uk.dln.secretariat.model.roadmaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.model.time.Quarter;

/**
 * A Spending Review period: the financial years a departmental roadmap runs over, e.g. SR2025 = 2026-27 to 2028-29.
 * Reference data the network may edit.
 *
 * @param id   0 until stored
 * @param code e.g. {@code SR2025}
 */
public record SpendingReviewPeriod(long id, String code, FinancialYear firstYear, FinancialYear lastYear) {

    public static final int CODE_MAX = 20;

    public SpendingReviewPeriod {
        code = code == null ? "" : code.strip();
        new Validator()
                .required("code", code)
                .maxLength("code", code, CODE_MAX)
                .check(firstYear != null, "firstYear", "validation.required")
                .check(lastYear != null, "lastYear", "validation.required")
                .check(firstYear == null || lastYear == null || firstYear.compareTo(lastYear) <= 0, "lastYear",
                        "roadmaps.error.periodOrder")
                .throwIfInvalid();
    }

    public SpendingReviewPeriod withId(long newId) {
        return new SpendingReviewPeriod(newId, code, firstYear, lastYear);
    }

    public LocalDate start() {
        return firstYear.start();
    }

    public LocalDate end() {
        return lastYear.end();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public List<FinancialYear> years() {
        var years = new ArrayList<FinancialYear>();
        for (FinancialYear year = firstYear; year.compareTo(lastYear) <= 0; year = year.next()) {
            years.add(year);
        }
        return years;
    }

    public List<Quarter> quarters() {
        return years().stream().flatMap(year -> year.quarters().stream()).toList();
    }

    /** {@code SR2025 (2026-27 to 2028-29)}. */
    public String label() {
        return code + " (" + firstYear.label() + " to " + lastYear.label() + ")";
    }
}
