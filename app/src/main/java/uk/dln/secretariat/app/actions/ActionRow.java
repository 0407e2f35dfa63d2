package uk.dln.secretariat.app.actions;

import java.time.LocalDate;
import java.util.Locale;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;

/**
 * A line of the tracker with its search text worked out once, so filtering thousands of rows as someone types only
 * compares strings already in lower case.
 */
public record ActionRow(ActionLogEntry entry, String searchText) {

    public static ActionRow of(ActionLogEntry entry) {
        Action action = entry.action();
        String latest = entry.latestUpdate() == null ? "" : entry.latestUpdate().text();
        String text = String.join("\n", action.reference(), action.description(), entry.ownerName(),
                entry.organisationShortName(), entry.itemTitle(), latest);
        return new ActionRow(entry, text.toLowerCase(Locale.UK));
    }

    public Action action() {
        return entry.action();
    }

    public long id() {
        return entry.action().id();
    }

    public boolean overdueOn(LocalDate day) {
        return entry.action().isOverdueOn(day);
    }
}
