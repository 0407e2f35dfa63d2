package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.TargetLine;

/**
 * One indicator with its readings, as a pack or tracker shows it.
 *
 * @param organisation whose roadmap it belongs to
 * @param periodStart  when the baseline was taken: the start of the roadmap's period
 * @param readings     in quarter order
 */
public record IndicatorSeries(String organisation, Indicator indicator, LocalDate periodStart,
                              List<IndicatorReading> readings) {

    public IndicatorSeries {
        readings = readings.stream().sorted(Comparator.comparing(IndicatorReading::period)).toList();
    }

    public TargetLine targetLine() {
        return new TargetLine(indicator, periodStart);
    }

    public IndicatorTrack track() {
        return targetLine().track(readings);
    }

    public Optional<IndicatorReading> latest() {
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(readings.size() - 1));
    }
}
