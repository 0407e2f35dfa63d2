package uk.dln.secretariat.model.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the action log, for the screen and for documents alike: an action with everything shown and searched
 * beside it, read in one go. It holds facts only; how "where it was raised" or "due date moved" reads is decided by
 * whoever shows it, in the reader's language.
 *
 * @param ownerEmail     where chasers go; empty when the directory has none
 * @param itemPosition   the position on the agenda of the item that raised it, or null if that item was removed
 * @param itemTitle      the title of that item, or empty if it was removed
 * @param latestUpdate   the most recent dated update, or null when there is none yet
 * @param dueRevisedFrom the due date first agreed, when it has since been moved; null when it never was
 */
public record ActionLogEntry(Action action, String ownerName, String ownerEmail, String organisationShortName,
                             int meetingNumber, LocalDate meetingOn, Integer itemPosition, String itemTitle,
                             ActionUpdate latestUpdate, LocalDate dueRevisedFrom) {

    public ActionLogEntry {
        ownerEmail = ownerEmail == null ? "" : ownerEmail;
        itemTitle = itemTitle == null ? "" : itemTitle;
        dueRevisedFrom = dueRevisedFrom == null || dueRevisedFrom.equals(action.dueOn()) ? null : dueRevisedFrom;
    }

    /** The action with its owner's and organisation's names, as lists of actions show it. */
    public ActionSummary summary() {
        return new ActionSummary(action, ownerName, organisationShortName);
    }

    /** The text of the latest update, or empty when there is none. */
    public String latestUpdateText() {
        return latestUpdate == null ? "" : latestUpdate.text();
    }

    /** The day of the latest update, or null when there is none. */
    public LocalDate updatedOn() {
        return latestUpdate == null ? null : latestUpdate.writtenOn();
    }

    /** Who wrote the latest update, or empty when there is none or the writer is not recorded. */
    public String updatedBy() {
        return latestUpdate == null ? "" : latestUpdate.writtenBy();
    }

    /** Live and due within {@code days} days from {@code day} (today counts), but not yet overdue. */
    public boolean isDueSoon(LocalDate day, int days) {
        return !action.status().finished() && !action.dueOn().isBefore(day) && !action.dueOn().isAfter(day.plusDays(days));
    }

    /**
     * Live and past its due date. An action proposed for closure is not overdue: its owner says it is done and the
     * meeting is asked to close it, so the log says "Proposed for closure", never "Overdue".
     */
    public boolean overdueOn(LocalDate day) {
        return !proposedForClosure() && action.isOverdueOn(day);
    }

    public boolean proposedForClosure() {
        return action.status() == ActionStatus.PROPOSED_FOR_CLOSURE;
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
