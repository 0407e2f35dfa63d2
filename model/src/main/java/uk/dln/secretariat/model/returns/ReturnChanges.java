package uk.dln.secretariat.model.returns;

import java.util.List;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.Risk;

/**
 * The accepted changes of one return, ready to store in one transaction.
 *
 * @param returnVersion the version of the return as it was read into the preview, which storing the changes claims
 * @param attribution what the audit trail says they came from: "from the DWP return of 5 Nov 2026"
 * @param milestones  milestones as they are to be stored, each with the department's reason for it
 * @param risks       risks as they are to be stored; id 0 for a new one
 */
public record ReturnChanges(String returnId, long returnVersion, String attribution, List<ActionChange> actions,
                            List<MilestoneChange> milestones, List<IndicatorReading> readings, List<Risk> risks) {

    /**
     * @param status null to leave it
     * @param update empty for none
     */
    public record ActionChange(long actionId, ActionStatus status, String update) {
    }

    /**
     * @param reason why the forecast or confidence changed, as the return says; empty for none. It joins the
     *               milestone's history, as a reason typed in the app does.
     */
    public record MilestoneChange(Milestone milestone, String reason) {

        public MilestoneChange {
            reason = reason == null ? "" : reason.strip();
        }
    }

    public ReturnChanges {
        actions = List.copyOf(actions);
        milestones = List.copyOf(milestones);
        readings = List.copyOf(readings);
        risks = List.copyOf(risks);
    }

    public boolean isEmpty() {
        return actions.isEmpty() && milestones.isEmpty() && readings.isEmpty() && risks.isEmpty();
    }
}
