package uk.dln.secretariat.app.core.roadmaps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Everything the Roadmaps section shows for one period and organisation, read in one background task so the
 * screens always agree with each other ({@link RoadmapEditing#snapshot}).
 *
 * @param period       the period shown; empty when the workspace has none
 * @param organisation the organisation whose roadmap is open; empty when there are no organisations
 * @param selected     that organisation's roadmap for the period; empty until one is created
 */
public record RoadmapsSnapshot(List<SpendingReviewPeriod> periods, List<Organisation> organisations,
                        NetworkSettings settings, Optional<SpendingReviewPeriod> period,
                        Optional<Organisation> organisation, List<OrganisationRoadmap> overview,
                        Optional<OrganisationRoadmap> selected, List<Indicator> indicators,
                        Map<Long, List<IndicatorReading>> readings) {

    public static final RoadmapsSnapshot EMPTY = new RoadmapsSnapshot(List.of(), List.of(), NetworkSettings.DEFAULTS,
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), Map.of());

    /**
     * Reads the snapshot. A period or organisation id that no longer exists falls back to the latest period and the
     * first organisation, so a deletion elsewhere never leaves the screen pointing at nothing.
     */
    public static RoadmapsSnapshot read(WorkspaceData workspace, Long periodId, Long organisationId) {
        var periods = workspace.roadmaps().periods().findAll();
        var organisations = workspace.organisations().findAll();
        var settings = workspace.settings().load();
        Optional<SpendingReviewPeriod> period = periods.stream().filter(p -> periodId != null && p.id() == periodId)
                .findFirst().or(() -> periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1)));
        Optional<Organisation> organisation = organisations.stream()
                .filter(o -> organisationId != null && o.id() == organisationId).findFirst()
                .or(() -> organisations.stream().filter(Organisation::member).findFirst());
        List<OrganisationRoadmap> overview = period.map(p -> workspace.roadmaps().overview(p.id())).orElse(List.of());
        Optional<OrganisationRoadmap> selected = organisation.flatMap(o -> overview.stream()
                .filter(r -> r.roadmap().organisationId() == o.id()).findFirst());
        List<Indicator> indicators = selected.map(r -> workspace.roadmaps().indicators()
                .findByRoadmap(r.roadmap().id())).orElse(List.of());
        Map<Long, List<IndicatorReading>> readings = workspace.roadmaps().indicators()
                .readings(indicators.stream().map(Indicator::id).toList());
        return new RoadmapsSnapshot(periods, organisations, settings, period, organisation, overview, selected,
                indicators, Map.copyOf(readings));
    }
}
