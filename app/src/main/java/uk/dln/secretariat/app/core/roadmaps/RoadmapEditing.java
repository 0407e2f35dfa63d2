package uk.dln.secretariat.app.core.roadmaps;

import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.roadmaps.Roadmaps;

/**
 * Keeping an organisation's roadmap: what the Roadmaps section shows for a period and organisation, and the saves of
 * its strategy, milestones, indicators, readings, risks and overall delivery confidence. Each save of a stored record
 * claims the version it was read at, so someone else's newer change is refused rather than overwritten (decisions
 * 0038 and 0049).
 */
@UseCase
public final class RoadmapEditing {

    private final WorkspaceData workspace;
    private final Roadmaps roadmaps;

    public RoadmapEditing(WorkspaceData workspace) {
        this.workspace = workspace;
        this.roadmaps = workspace.roadmaps();
    }

    /**
     * Everything the section shows for the period and organisation (null: the latest period, the first member
     * organisation), read together so its screens agree.
     */
    public RoadmapsSnapshot snapshot(Long periodId, Long organisationId) {
        return RoadmapsSnapshot.read(workspace, periodId, organisationId);
    }

    /** Agrees or corrects the organisation's strategy for the period. */
    public Roadmap saveStrategy(Roadmap roadmap) {
        return roadmaps.roadmaps().save(roadmap);
    }

    /** Stores the milestone; a new forecast, baseline or confidence joins its history with the reason given. */
    public Milestone saveMilestone(Milestone milestone, String reason) {
        return roadmaps.milestones().save(milestone, reason);
    }

    /** The milestone's forecasts and confidence over time. */
    public List<MilestoneChange> milestoneHistory(long milestoneId) {
        return roadmaps.milestones().history(milestoneId);
    }

    public Indicator saveIndicator(Indicator indicator) {
        return roadmaps.indicators().save(indicator);
    }

    /** Records a quarter's reading of an indicator, replacing any earlier reading for that quarter. */
    public IndicatorReading addReading(IndicatorReading reading) {
        roadmaps.indicators().saveReading(reading);
        return reading;
    }

    public Risk saveRisk(Risk risk) {
        return roadmaps.risks().save(risk);
    }

    /** Every judgement of the roadmap's overall delivery confidence, latest first. */
    public List<OverallConfidence> judgements(long roadmapId) {
        return roadmaps.overallConfidence().history(roadmapId);
    }

    /**
     * Records a judgement of the roadmap's overall delivery confidence, made over the one shown as standing (null when
     * none stood); refused when someone else has set another since.
     */
    public OverallConfidence judge(OverallConfidence judgement, OverallConfidence shown) {
        return roadmaps.overallConfidence().record(judgement, shown);
    }
}
