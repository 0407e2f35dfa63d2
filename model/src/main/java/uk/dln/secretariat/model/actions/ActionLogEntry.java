package uk.dln.secretariat.model.actions;

import java.time.LocalDate;

/**
 * One line of the action log: an action with everything the tracker shows and searches beside it, read in one go.
 *
 * @param ownerEmail    where chasers go; empty when the directory has none
 * @param itemTitle     the agenda item that raised it, or empty if that item was removed
 * @param latestUpdate  the most recent dated update, or null when there is none yet
 */
public record ActionLogEntry(Action action, String ownerName, String ownerEmail, String organisationShortName,
                             int meetingNumber, LocalDate meetingOn, String itemTitle, ActionUpdate latestUpdate) {

    public ActionLogEntry {
        ownerEmail = ownerEmail == null ? "" : ownerEmail;
        itemTitle = itemTitle == null ? "" : itemTitle;
    }

    /** Live and due within {@code days} days from {@code day} (today counts), but not yet overdue. */
    public boolean isDueSoon(LocalDate day, int days) {
        return !action.status().finished() && !action.dueOn().isBefore(day) && !action.dueOn().isAfter(day.plusDays(days));
    }
}
