package uk.dln.secretariat.model.returns;

import java.util.List;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.Risk;

/**
 * The accepted changes of one return, ready to store in one transaction.
 *
 * @param attribution what the audit trail says they came from: "from the DWP return of 5 Nov 2026"
 * @param milestones  milestones as they are to be stored
 * @param risks       risks as they are to be stored; id 0 for a new one
 */
public record ReturnChanges(String returnId, String attribution, List<ActionChange> actions,
                            List<Milestone> milestones, List<IndicatorReading> readings, List<Risk> risks) {

    /**
     * @param status null to leave it
     * @param update empty for none
     */
    public record ActionChange(long actionId, ActionStatus status, String update) {
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
