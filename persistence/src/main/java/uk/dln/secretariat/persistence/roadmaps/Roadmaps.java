package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;

/** The roadmap repositories of one workspace, and the network-wide overview drawn from them. */
public final class Roadmaps {

    private final DSLContext dsl;
    private final SpendingReviewPeriodRepository periods;
    private final RoadmapRepository roadmaps;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final RiskRepository risks;
    private final OverallConfidenceRepository overallConfidence;
    private final IssuedPackRepository issuedPacks;

    public Roadmaps(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.periods = new SpendingReviewPeriodRepository(dsl);
        this.roadmaps = new RoadmapRepository(dsl, clock);
        this.milestones = new MilestoneRepository(dsl, clock);
        this.indicators = new IndicatorRepository(dsl, clock);
        this.risks = new RiskRepository(dsl, clock);
        this.overallConfidence = new OverallConfidenceRepository(dsl, clock);
        this.issuedPacks = new IssuedPackRepository(dsl, clock);
    }

    public SpendingReviewPeriodRepository periods() {
        return periods;
    }

    public RoadmapRepository roadmaps() {
        return roadmaps;
    }

    public MilestoneRepository milestones() {
        return milestones;
    }

    public IndicatorRepository indicators() {
        return indicators;
    }

    public RiskRepository risks() {
        return risks;
    }

    /** The overall confidence judged for each roadmap, with its history. */
    public OverallConfidenceRepository overallConfidence() {
        return overallConfidence;
    }

    /** What each issued pack said. */
    public IssuedPackRepository issuedPacks() {
        return issuedPacks;
    }

    /** Every roadmap of the period with its milestones and risks, by organisation name, in four queries. */
    public List<OrganisationRoadmap> overview(long periodId) {
        Map<Long, String> names = dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .fetchMap(ORGANISATION.ID, ORGANISATION.NAME);
        Map<Long, List<Milestone>> milestonesByRoadmap = milestones.findByPeriod(periodId).stream()
                .collect(Collectors.groupingBy(Milestone::roadmapId));
        Map<Long, List<Risk>> risksByRoadmap = risks.findByPeriod(periodId).stream()
                .collect(Collectors.groupingBy(Risk::roadmapId));
        return roadmaps.findByPeriod(periodId).stream()
                .map(roadmap -> new OrganisationRoadmap(names.get(roadmap.organisationId()), roadmap,
                        milestonesByRoadmap.getOrDefault(roadmap.id(), List.of()),
                        risksByRoadmap.getOrDefault(roadmap.id(), List.of())))
                .toList();
    }
}
