package uk.dln.secretariat.model.roadmaps;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.dln.secretariat.model.Validator;

/**
 * A measure agreed to show outcomes on the ground, with where it started and where it should be by a date.
 *
 * @param id       0 until stored
 * @param unit     e.g. {@code %} or {@code days}
 * @param baseline the value when the roadmap was agreed
 */
public record Indicator(long id, long roadmapId, String name, String unit, IndicatorDirection direction,
                        BigDecimal baseline, BigDecimal target, LocalDate targetDate) {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 40;

    public Indicator {
        name = name == null ? "" : name.strip();
        unit = unit == null ? "" : unit.strip();
        new Validator()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .maxLength("unit", unit, UNIT_MAX)
                .check(direction != null, "direction", "validation.required")
                .check(baseline != null, "baseline", "validation.required")
                .check(target != null, "target", "validation.required")
                .check(targetDate != null, "targetDate", "validation.required")
                .check(direction == null || baseline == null || target == null || pointsTheRightWay(direction,
                        baseline, target), "target", "roadmaps.error.targetDirection")
                .throwIfInvalid();
    }

    private static boolean pointsTheRightWay(IndicatorDirection direction, BigDecimal baseline, BigDecimal target) {
        int sign = target.compareTo(baseline);
        return direction == IndicatorDirection.HIGHER_IS_BETTER ? sign >= 0 : sign <= 0;
    }

    public Indicator withId(long newId) {
        return new Indicator(newId, roadmapId, name, unit, direction, baseline, target, targetDate);
    }
}
