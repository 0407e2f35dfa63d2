package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionSummary;

/**
 * One line of the action log.
 *
 * @param raisedAt     where it was raised, as the log prints it, e.g. "Meeting 3, item 5"
 * @param latestUpdate the text of the latest dated update, or empty
 * @param updatedOn    the day of that update, or null
 * @param updatedBy    who wrote that update, or empty when not recorded
 * @param dueRevisedFrom the due date first agreed, when it has since been moved; null when it never was
 */
public record ActionLogEntry(ActionSummary summary, String raisedAt, String latestUpdate, LocalDate updatedOn,
                             String updatedBy, LocalDate dueRevisedFrom) {

    public ActionLogEntry {
        raisedAt = raisedAt == null ? "" : raisedAt.strip();
        updatedBy = updatedBy == null ? "" : updatedBy.strip();
        latestUpdate = latestUpdate == null ? "" : latestUpdate.strip();
        dueRevisedFrom = dueRevisedFrom == null || dueRevisedFrom.equals(summary.action().dueOn()) ? null
                : dueRevisedFrom;
    }

    /** An entry whose latest update's writer is not recorded. */
    public ActionLogEntry(ActionSummary summary, String raisedAt, String latestUpdate, LocalDate updatedOn,
                          LocalDate dueRevisedFrom) {
        this(summary, raisedAt, latestUpdate, updatedOn, "", dueRevisedFrom);
    }

    /** An entry whose due date is as first agreed. */
    public ActionLogEntry(ActionSummary summary, String raisedAt, String latestUpdate, LocalDate updatedOn) {
        this(summary, raisedAt, latestUpdate, updatedOn, "", null);
    }

    public Action action() {
        return summary.action();
    }

    /**
     * Live and past its due date. An action proposed for closure is not overdue: its owner says it is done and the
     * meeting is asked to close it, so the log says "Proposed for closure", never "Overdue".
     */
    public boolean overdueOn(LocalDate day) {
        return !proposedForClosure() && action().isOverdueOn(day);
    }

    public boolean proposedForClosure() {
        return action().status() == ActionStatus.PROPOSED_FOR_CLOSURE;
    }

    /**
     * The log's order: overdue actions first, then those proposed for closure, then other live ones, then finished
     * ones; each by due date, then reference.
     */
    public static List<ActionLogEntry> inLogOrder(List<ActionLogEntry> entries, LocalDate day) {
        return entries.stream().sorted(Comparator
                .comparing((ActionLogEntry e) -> e.overdueOn(day) ? 0 : e.proposedForClosure() ? 1
                        : e.action().status().finished() ? 3 : 2)
                .thenComparing(e -> e.action().dueOn())
                .thenComparing(e -> e.action().reference())).toList();
    }
}
