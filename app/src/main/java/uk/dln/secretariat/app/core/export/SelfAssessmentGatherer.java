package uk.dln.secretariat.app.core.export;

import java.time.LocalDate;
import java.util.Optional;
import uk.dln.secretariat.model.boardpack.SelfAssessmentPackData;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Reads the self-assessment a pack reports: the latest round opened by the pack's day, with the round before it for
 * movement, and the role checks. A fixed number of statements, however many organisations and ratings there are.
 */
final class SelfAssessmentGatherer {

    private SelfAssessmentGatherer() {
    }

    static SelfAssessmentPackData read(WorkspaceData workspace, LocalDate day) {
        var repository = workspace.selfAssessment();
        // Rounds come latest first; a round opened after the pack's day is not yet part of what it reports.
        Optional<SelfAssessmentRound> latest = repository.rounds().stream()
                .filter(round -> !round.opensOn().isAfter(day)).findFirst();
        return new SelfAssessmentPackData(latest.flatMap(round -> repository.heatMap(round.id())),
                workspace.roleChecks().checks());
    }
}
