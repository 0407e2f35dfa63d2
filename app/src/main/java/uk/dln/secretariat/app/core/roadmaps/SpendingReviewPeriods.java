package uk.dln.secretariat.app.core.roadmaps;

import java.util.List;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.roadmaps.SpendingReviewPeriodRepository;

/**
 * Keeping the network's Spending Review periods, which roadmaps run over: listed, added, corrected and deleted while
 * no roadmap uses them. A correction or deletion is made over the period as it was shown: when someone else has
 * changed it since, it is refused rather than overwritten (decision 0049).
 */
@UseCase
public final class SpendingReviewPeriods {

    private final SpendingReviewPeriodRepository periods;

    public SpendingReviewPeriods(WorkspaceData workspace) {
        this.periods = workspace.roadmaps().periods();
    }

    /** Every period, earliest first. */
    public List<SpendingReviewPeriod> all() {
        return periods.findAll();
    }

    /** Adds the period ({@code shown} null) or corrects the one shown; a code already used is refused. */
    public SpendingReviewPeriod save(SpendingReviewPeriod period, SpendingReviewPeriod shown) {
        return periods.save(period, shown);
    }

    /** Deletes the period shown, unless a roadmap runs over it. */
    public SpendingReviewPeriod delete(SpendingReviewPeriod shown) {
        periods.delete(shown);
        return shown;
    }
}
