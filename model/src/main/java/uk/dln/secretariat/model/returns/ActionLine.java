package uk.dln.secretariat.model.returns;

import java.time.LocalDate;
import uk.dln.secretariat.model.actions.ActionStatus;

/**
 * A live action as a return carries it. The department may change its status and write a new update.
 *
 * @param version   the action's last-changed stamp when the return was issued
 * @param newUpdate the update the department writes; empty for none
 */
public record ActionLine(long id, String version, String reference, String description, LocalDate dueOn,
                         ActionStatus status, String latestUpdate, String newUpdate) {

    public ActionLine {
        latestUpdate = latestUpdate == null ? "" : latestUpdate;
        newUpdate = newUpdate == null ? "" : newUpdate.strip();
    }
}
