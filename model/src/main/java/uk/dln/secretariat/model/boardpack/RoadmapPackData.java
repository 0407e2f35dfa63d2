package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.Quarter;

/**
 * The roadmaps of one Spending Review period as the pack and trackers report them.
 *
 * @param roadmaps   by organisation name
 * @param indicators      every indicator of those roadmaps, by organisation then name
 * @param confidenceScale the network's delivery confidence scale, which a returned tracker may choose from
 * @param overall         the overall confidence judged for each roadmap, by roadmap id; a roadmap without one is
 *                        absent
 * @param exceptionsLimit how many exceptions the pack lists at most
 * @param reviewGraceDays a risk is an exception once its review is overdue by more than this many days
 */
public record RoadmapPackData(SpendingReviewPeriod period, int slippageThresholdDays,
                              List<OrganisationRoadmap> roadmaps, List<IndicatorSeries> indicators,
                              ConfidenceScale confidenceScale, Map<Long, OverallConfidence> overall,
                              int exceptionsLimit, int reviewGraceDays) {

    public static final int DEFAULT_EXCEPTIONS_LIMIT =
            uk.dln.secretariat.model.settings.NetworkSettings.DEFAULT_EXCEPTIONS_LIMIT;
    public static final int DEFAULT_REVIEW_GRACE_DAYS = 14;

    /** Roadmaps on the given scale with no overall confidence judged, and the default limits. */
    public RoadmapPackData(SpendingReviewPeriod period, int slippageThresholdDays,
                           List<OrganisationRoadmap> roadmaps, List<IndicatorSeries> indicators,
                           ConfidenceScale confidenceScale) {
        this(period, slippageThresholdDays, roadmaps, indicators, confidenceScale, Map.of(), DEFAULT_EXCEPTIONS_LIMIT,
                DEFAULT_REVIEW_GRACE_DAYS);
    }

    /** As above, with the overall confidence judged and the limits, on the government's three-point scale. */
    public RoadmapPackData(SpendingReviewPeriod period, int slippageThresholdDays,
                           List<OrganisationRoadmap> roadmaps, List<IndicatorSeries> indicators,
                           Map<Long, OverallConfidence> overall, int exceptionsLimit, int reviewGraceDays) {
        this(period, slippageThresholdDays, roadmaps, indicators, ConfidenceScale.THREE_POINT, overall,
                exceptionsLimit, reviewGraceDays);
    }

    public RoadmapPackData {
        overall = Map.copyOf(overall);
        roadmaps = roadmaps.stream().sorted(Comparator.comparing(OrganisationRoadmap::organisationName)).toList();
        indicators = indicators.stream().sorted(Comparator.comparing(IndicatorSeries::organisation)
                .thenComparing(s -> s.indicator().name())).toList();
        confidenceScale = confidenceScale == null ? ConfidenceScale.THREE_POINT : confidenceScale;
    }

    /** Roadmaps of a network on the government's current (three-point) scale. */
    public RoadmapPackData(SpendingReviewPeriod period, int slippageThresholdDays,
                           List<OrganisationRoadmap> roadmaps, List<IndicatorSeries> indicators) {
        this(period, slippageThresholdDays, roadmaps, indicators, ConfidenceScale.THREE_POINT);
    }

    /** The judged overall confidence of the roadmap, if one was set. */
    public Optional<OverallConfidence> overallConfidence(OrganisationRoadmap roadmap) {
        return Optional.ofNullable(overall.get(roadmap.roadmap().id()));
    }

    public ExceptionsReport exceptions(LocalDate asOf) {
        return ExceptionsReport.compute(asOf, slippageThresholdDays, roadmaps);
    }

    /**
     * The last day the pack looks ahead to: the end of the quarter after the one the pack is for, so a reader sees
     * at least three months of what is coming.
     */
    public static LocalDate lookAheadEnd(LocalDate asOf) {
        return Quarter.of(asOf).next().end();
    }

    /** Open milestones forecast between the day and {@link #lookAheadEnd}, soonest first. */
    public static List<Milestone> dueSoon(OrganisationRoadmap roadmap, LocalDate asOf) {
        LocalDate end = lookAheadEnd(asOf);
        return roadmap.milestones().stream()
                .filter(m -> m.status().isOpen() && !m.forecastDate().isAfter(end))
                .sorted(Comparator.comparing(Milestone::forecastDate))
                .toList();
    }

    /** Open milestones slipped beyond the threshold, most slipped first. */
    public List<Milestone> slipped(OrganisationRoadmap roadmap) {
        return roadmap.milestones().stream()
                .filter(m -> m.slippedBeyond(slippageThresholdDays))
                .sorted(Comparator.comparing(Milestone::slippageDays).reversed())
                .toList();
    }
}
