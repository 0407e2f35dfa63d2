package uk.dln.secretariat.model.boardpack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;

/**
 * What an issued pack said, recorded when it was issued so that the next pack compares against it, never against
 * whatever history happens to exist.
 *
 * @param id       0 until stored
 * @param packDate the day the pack was for
 * @param meeting  what the pack was for, as its cover named it
 * @param marking  the marking it carried
 */
public record IssuedPack(long id, LocalDate packDate, String meeting, String marking,
                         List<OrganisationState> organisations, List<MilestoneState> milestones,
                         List<IndicatorState> indicators, List<RiskState> risks, List<ActionState> actions) {

    /** @param confidence the overall confidence judged for the roadmap; null when none had been set */
    public record OrganisationState(long roadmapId, String organisation, DeliveryConfidence confidence) {
    }

    public record MilestoneState(long milestoneId, String organisation, String title, DeliveryConfidence confidence,
                                 LocalDate forecast) {
    }

    /** @param value the latest reading, or null when there was none */
    public record IndicatorState(long indicatorId, String organisation, String name, BigDecimal value,
                                 IndicatorTrack track) {
    }

    /** An open risk and its score (likelihood times impact). */
    public record RiskState(long riskId, String organisation, String title, int score) {
    }

    public record ActionState(long actionId, String reference, ActionStatus status) {
    }

    public IssuedPack {
        meeting = meeting == null ? "" : meeting.strip();
        marking = marking == null ? "" : marking.strip();
        organisations = List.copyOf(organisations);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        risks = List.copyOf(risks);
        actions = List.copyOf(actions);
    }

    /** The record of a pack as it is about to be issued. */
    public static IssuedPack of(PackRequest request) {
        var organisations = new ArrayList<OrganisationState>();
        var milestones = new ArrayList<MilestoneState>();
        var indicators = new ArrayList<IndicatorState>();
        var risks = new ArrayList<RiskState>();
        request.roadmaps().ifPresent(data -> {
            for (OrganisationRoadmap roadmap : data.roadmaps()) {
                String organisation = roadmap.organisationName();
                organisations.add(new OrganisationState(roadmap.roadmap().id(), organisation,
                        data.overallConfidence(roadmap).map(c -> c.confidence()).orElse(null)));
                for (Milestone m : roadmap.milestones()) {
                    milestones.add(new MilestoneState(m.id(), organisation, m.title(), m.confidence(),
                            m.forecastDate()));
                }
                for (Risk risk : roadmap.risks()) {
                    if (risk.status() == RiskStatus.OPEN) {
                        risks.add(new RiskState(risk.id(), organisation, risk.title(), risk.score()));
                    }
                }
            }
            for (IndicatorSeries series : data.indicators()) {
                indicators.add(new IndicatorState(series.indicator().id(), series.organisation(),
                        series.indicator().name(), series.latest().map(r -> r.value()).orElse(null),
                        series.track()));
            }
        });
        var actions = request.meeting().map(m -> m.actionLog().stream()
                .map(e -> new ActionState(e.action().id(), e.action().reference(), e.action().status())).toList())
                .orElse(List.of());
        return new IssuedPack(0, request.date(), request.title(), request.marking().label(), organisations,
                milestones, indicators, risks, actions);
    }

    public IssuedPack withId(long newId) {
        return new IssuedPack(newId, packDate, meeting, marking, organisations, milestones, indicators, risks,
                actions);
    }

    Map<Long, OrganisationState> organisationsByRoadmap() {
        return organisations.stream().collect(Collectors.toMap(OrganisationState::roadmapId, Function.identity()));
    }

    Map<Long, MilestoneState> milestonesById() {
        return milestones.stream().collect(Collectors.toMap(MilestoneState::milestoneId, Function.identity()));
    }

    Map<Long, IndicatorState> indicatorsById() {
        return indicators.stream().collect(Collectors.toMap(IndicatorState::indicatorId, Function.identity()));
    }

    Map<Long, RiskState> risksById() {
        return risks.stream().collect(Collectors.toMap(RiskState::riskId, Function.identity()));
    }

    Map<Long, ActionState> actionsById() {
        return actions.stream().collect(Collectors.toMap(ActionState::actionId, Function.identity()));
    }
}
