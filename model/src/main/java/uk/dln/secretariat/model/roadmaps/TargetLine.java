package uk.dln.secretariat.model.roadmaps;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The straight line an indicator is expected to follow: its baseline at the start of the roadmap's period, its
 * target on the target date, and the target thereafter. A reading is on track when it is at least as good as the
 * line at the end of its quarter.
 */
public final class TargetLine {

    private final Indicator indicator;
    private final LocalDate start;

    /** @param start when the baseline was taken: the start of the roadmap's period */
    public TargetLine(Indicator indicator, LocalDate start) {
        this.indicator = indicator;
        this.start = start;
    }

    /** The value expected on a date. */
    public BigDecimal expectedOn(LocalDate date) {
        if (!date.isAfter(start)) {
            return indicator.baseline();
        }
        if (!date.isBefore(indicator.targetDate())) {
            return indicator.target();
        }
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, indicator.targetDate()));
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, date));
        BigDecimal rise = indicator.target().subtract(indicator.baseline());
        return indicator.baseline().add(rise.multiply(elapsed).divide(span, MathContext.DECIMAL64));
    }

    public boolean isOnTrack(IndicatorReading reading) {
        int comparison = reading.value().compareTo(expectedOn(reading.period().end()));
        return indicator.direction() == IndicatorDirection.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }

    /** Judged on the latest reading, since that is where the indicator stands now. */
    public IndicatorTrack track(List<IndicatorReading> readings) {
        return readings.stream()
                .max(Comparator.comparing(IndicatorReading::period))
                .map(latest -> isOnTrack(latest) ? IndicatorTrack.ON_TRACK : IndicatorTrack.OFF_TRACK)
                .orElse(IndicatorTrack.NO_READINGS);
    }
}
