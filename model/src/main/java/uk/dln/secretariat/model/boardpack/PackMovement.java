package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.boardpack.IssuedPack.IndicatorState;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.RiskState;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.ExceptionKind;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskRating;

/**
 * What changed between the pack last issued and the pack now being written: what "at a glance" prints and what the
 * exceptions are drawn from. With no pack issued before, everything that stands now counts as new.
 */
public record PackMovement(Optional<IssuedPack> previous, List<ConfidenceMove> confidence,
                           List<MilestoneMove> newReds, List<MilestoneMove> newSlippage, List<RiskMove> risks,
                           List<IndicatorMove> indicators, List<ActionLogEntry> overdueActions,
                           List<ActionLogEntry> closedActions, List<AgendaEntry> decisions) {

    /** Which way something moved since the last issued pack. */
    public enum Direction {
        /** Better than before. */
        UP,
        /** Worse than before. */
        DOWN,
        SAME,
        /** Nothing to compare with: not judged before, or not judged now. */
        NOT_COMPARED
    }

    /**
     * A roadmap's overall confidence then and now.
     *
     * @param before null when not judged in the last issued pack, or none was issued
     * @param now    null when not judged
     */
    public record ConfidenceMove(OrganisationRoadmap roadmap, DeliveryConfidence before, DeliveryConfidence now,
                                 DeliveryConfidence leastConfidentMilestone) {

        public Direction direction() {
            if (before == null || now == null) {
                return Direction.NOT_COMPARED;
            }
            int change = Integer.compare(now.ordinal(), before.ordinal());
            return change > 0 ? Direction.UP : change < 0 ? Direction.DOWN : Direction.SAME;
        }
    }

    /**
     * A milestone that turned red or slipped.
     *
     * @param before    its state in the last issued pack; null when it was not in it
     * @param movedDays how many days its forecast moved later since then; its whole slippage when it is new
     */
    public record MilestoneMove(String organisation, Milestone milestone, MilestoneState before, long movedDays) {
    }

    /** @param before the score in the last issued pack; null when it was not open then */
    public record RiskMove(String organisation, Risk risk, RiskState before) {
    }

    public record IndicatorMove(IndicatorSeries series, IndicatorTrack before, IndicatorTrack now) {
    }

    public PackMovement {
        confidence = List.copyOf(confidence);
        newReds = List.copyOf(newReds);
        newSlippage = List.copyOf(newSlippage);
        risks = List.copyOf(risks);
        indicators = List.copyOf(indicators);
        overdueActions = List.copyOf(overdueActions);
        closedActions = List.copyOf(closedActions);
        decisions = List.copyOf(decisions);
    }

    /** Compares the request with the pack it names as last issued. */
    public static PackMovement of(PackRequest request) {
        Optional<IssuedPack> previous = request.lastIssued();
        var confidence = new ArrayList<ConfidenceMove>();
        var newReds = new ArrayList<MilestoneMove>();
        var newSlippage = new ArrayList<MilestoneMove>();
        var risks = new ArrayList<RiskMove>();
        var indicators = new ArrayList<IndicatorMove>();
        var organisationsBefore = previous.map(IssuedPack::organisationsByRoadmap).orElse(Map.of());
        var milestonesBefore = previous.map(IssuedPack::milestonesById).orElse(Map.of());
        var risksBefore = previous.map(IssuedPack::risksById).orElse(Map.of());
        var indicatorsBefore = previous.map(IssuedPack::indicatorsById).orElse(Map.of());
        request.roadmaps().ifPresent(data -> {
            for (OrganisationRoadmap roadmap : data.roadmaps()) {
                var before = organisationsBefore.get(roadmap.roadmap().id());
                confidence.add(new ConfidenceMove(roadmap, before == null ? null : before.confidence(),
                        data.overallConfidence(roadmap).map(c -> c.confidence()).orElse(null),
                        roadmap.overallConfidence().orElse(null)));
                String organisation = roadmap.organisationName();
                for (Milestone m : roadmap.milestones()) {
                    if (!m.status().isOpen()) {
                        continue;
                    }
                    MilestoneState then = milestonesBefore.get(m.id());
                    if (m.confidence() == DeliveryConfidence.RED
                            && (then == null || then.confidence() != DeliveryConfidence.RED)) {
                        newReds.add(new MilestoneMove(organisation, m, then, movedSince(m, then)));
                    }
                    if (m.slippedBeyond(data.slippageThresholdDays()) && (then == null
                            || then.forecast().isBefore(m.forecastDate()))) {
                        newSlippage.add(new MilestoneMove(organisation, m, then, movedSince(m, then)));
                    }
                }
                for (Risk risk : roadmap.risks()) {
                    RiskState then = risksBefore.get(risk.id());
                    boolean high = risk.status() == uk.dln.secretariat.model.roadmaps.RiskStatus.OPEN
                            && risk.rating().compareTo(RiskRating.HIGH) >= 0;
                    if (high && (then == null || then.score() < risk.score())) {
                        risks.add(new RiskMove(organisation, risk, then));
                    }
                }
            }
            for (IndicatorSeries series : data.indicators()) {
                IndicatorState then = indicatorsBefore.get(series.indicator().id());
                IndicatorTrack now = series.track();
                IndicatorTrack before = then == null ? IndicatorTrack.NO_READINGS : then.track();
                if (now != before && now != IndicatorTrack.NO_READINGS) {
                    indicators.add(new IndicatorMove(series, before, now));
                }
            }
        });
        newReds.sort(Comparator.comparing(MilestoneMove::organisation)
                .thenComparing(move -> move.milestone().forecastDate()));
        newSlippage.sort(Comparator.comparing(MilestoneMove::movedDays).reversed()
                .thenComparing(MilestoneMove::organisation));
        risks.sort(Comparator.comparing((RiskMove move) -> move.risk().score()).reversed()
                .thenComparing(RiskMove::organisation));
        LocalDate day = request.date();
        var actionsBefore = previous.map(IssuedPack::actionsById).orElse(Map.of());
        var overdue = new ArrayList<ActionLogEntry>();
        var closed = new ArrayList<ActionLogEntry>();
        var decisions = new ArrayList<AgendaEntry>();
        request.meeting().ifPresent(meeting -> {
            for (ActionLogEntry entry : ActionLogEntry.inLogOrder(meeting.actionLog(), day)) {
                if (entry.overdueOn(day)) {
                    overdue.add(entry);
                }
                if (entry.action().status().finished() && closedSince(entry, actionsBefore.get(entry.action().id()),
                        previous.isPresent(), meeting)) {
                    closed.add(entry);
                }
            }
            // Substantive papers only: approving the previous minutes is a standing item, not a decision sought.
            meeting.agenda().stream().filter(e -> e.line().item().purpose() == ItemPurpose.DECISION
                    && e.line().item().standing() == null).forEach(decisions::add);
        });
        return new PackMovement(previous, confidence, newReds, newSlippage, risks, indicators, overdue, closed,
                decisions);
    }

    /** Closed since the last issued pack; with none issued, since the previous meeting. */
    private static boolean closedSince(ActionLogEntry entry, IssuedPack.ActionState then, boolean issuedBefore,
                                       MeetingPackData meeting) {
        if (issuedBefore) {
            return then == null || !then.status().finished();
        }
        return meeting.previous().map(p -> !entry.action().closedOn().isBefore(p.meeting().date())).orElse(true);
    }

    private static long movedSince(Milestone milestone, MilestoneState then) {
        return then == null ? Math.max(0, milestone.slippageDays())
                : ChronoUnit.DAYS.between(then.forecast(), milestone.forecastDate());
    }

    /** Whether anything at all is compared: a pack was issued before this one. */
    public boolean compared() {
        return previous.isPresent();
    }

    /**
     * What needs the network's attention, most serious first and at most {@code limit} entries: new red
     * milestones, then slippage beyond the threshold that is new since the last pack (most days first), then open
     * risks whose review is overdue by more than the grace days (longest first). Grouped by organisation, in the
     * order of each organisation's most serious entry.
     */
    public RankedExceptions exceptions(LocalDate asOf, int limit, int reviewGraceDays,
                                       List<OrganisationRoadmap> roadmaps) {
        var ranked = new ArrayList<ExceptionsReport.Entry>();
        newReds.forEach(m -> ranked.add(new ExceptionsReport.Entry(ExceptionKind.RED_MILESTONE, m.organisation(),
                m.milestone().title(), 0)));
        newSlippage.stream()
                .sorted(Comparator.comparing((MilestoneMove m) -> m.milestone().slippageDays()).reversed())
                .forEach(m -> ranked.add(new ExceptionsReport.Entry(ExceptionKind.SLIPPAGE, m.organisation(),
                        m.milestone().title(), m.milestone().slippageDays())));
        var overdueReviews = new ArrayList<ExceptionsReport.Entry>();
        for (OrganisationRoadmap roadmap : roadmaps) {
            for (Risk risk : roadmap.risks()) {
                long days = ChronoUnit.DAYS.between(risk.reviewDate(), asOf);
                if (risk.reviewOverdue(asOf) && days > reviewGraceDays) {
                    overdueReviews.add(new ExceptionsReport.Entry(ExceptionKind.OVERDUE_REVIEW,
                            roadmap.organisationName(), risk.title(), days));
                }
            }
        }
        overdueReviews.sort(Comparator.comparing(ExceptionsReport.Entry::days).reversed()
                .thenComparing(ExceptionsReport.Entry::organisation));
        ranked.addAll(overdueReviews);
        List<ExceptionsReport.Entry> shown = ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()));
        var grouped = new LinkedHashMap<String, List<ExceptionsReport.Entry>>();
        shown.forEach(e -> grouped.computeIfAbsent(e.organisation(), k -> new ArrayList<>()).add(e));
        return new RankedExceptions(grouped, ranked.size() - shown.size());
    }

    /**
     * The exceptions a pack prints.
     *
     * @param byOrganisation each organisation's entries, most serious first, organisations in order of their most
     *                       serious entry
     * @param leftOut        how many more there were beyond the limit
     */
    public record RankedExceptions(Map<String, List<ExceptionsReport.Entry>> byOrganisation, int leftOut) {

        public RankedExceptions {
            var copy = new LinkedHashMap<String, List<ExceptionsReport.Entry>>();
            byOrganisation.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            byOrganisation = java.util.Collections.unmodifiableMap(copy);
        }

        public int shown() {
            return byOrganisation.values().stream().mapToInt(List::size).sum();
        }

        public boolean isEmpty() {
            return byOrganisation.isEmpty();
        }
    }
}
