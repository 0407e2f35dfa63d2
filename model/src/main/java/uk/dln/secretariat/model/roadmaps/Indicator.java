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
 * @param version  the stored version it was read at (decision 0038): a save claims it; 0 for a new indicator
 */
public record Indicator(long id, long roadmapId, String name, String unit, IndicatorDirection direction,
                        BigDecimal baseline, BigDecimal target, LocalDate targetDate, long version) {

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

    /** An indicator not read from a workspace, so at the version a new record starts at. */
    public Indicator(long id, long roadmapId, String name, String unit, IndicatorDirection direction,
                     BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
        this(id, roadmapId, name, unit, direction, baseline, target, targetDate, 0);
    }

    public Indicator withId(long newId) {
        return new Indicator(newId, roadmapId, name, unit, direction, baseline, target, targetDate, version);
    }

    /** The same indicator as stored at a newer version, after a save. */
    public Indicator atVersion(long newVersion) {
        return new Indicator(id, roadmapId, name, unit, direction, baseline, target, targetDate, newVersion);
    }
}
