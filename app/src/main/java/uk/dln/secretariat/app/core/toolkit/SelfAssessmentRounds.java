package uk.dln.secretariat.app.core.toolkit;

import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoleCheck;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The rounds of self-assessment and the ratings in them: what the self-assessment screen reads, and the ratings,
 * rounds opened and rounds closed it stores. A rating or a round's closing claims the version it was read at
 * (decision 0038), so someone else's change since is refused rather than overwritten.
 */
@UseCase
public final class SelfAssessmentRounds {

    private final WorkspaceData workspace;

    public SelfAssessmentRounds(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** What the screen shows first: the rounds (latest first), the role checks and the meetings for the agenda. */
    public record Overview(List<SelfAssessmentRound> rounds, List<RoleCheck> checks, List<Meeting> meetings) {
    }

    public Overview overview() {
        return new Overview(workspace.selfAssessment().rounds(), workspace.roleChecks().checks(),
                workspace.meetings().findAll());
    }

    /** A round's heat map with the ratings of the round before it; empty when the round is gone. */
    public Optional<NetworkHeatMap> heatMap(long roundId) {
        return workspace.selfAssessment().heatMap(roundId);
    }

    /** Stores a rating over the one read, then reads the round's heat map again with it. */
    public Optional<NetworkHeatMap> rate(ApproachRating rating) {
        workspace.selfAssessment().rate(rating);
        return heatMap(rating.roundId());
    }

    /** Opens a new round. */
    public SelfAssessmentRound open(SelfAssessmentRound round) {
        return workspace.selfAssessment().open(round);
    }

    /** Closes the round as read for editing, or opens it again. */
    public void setClosed(SelfAssessmentRound round, boolean closed) {
        workspace.selfAssessment().setClosed(round, closed);
    }
}
