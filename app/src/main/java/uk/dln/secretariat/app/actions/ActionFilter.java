package uk.dln.secretariat.app.actions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the tracker is filtered to; every part is optional.
 *
 * @param organisationId 0 for any
 * @param ownerId        0 for any
 * @param dueWithinDays  live actions due on or before today plus this many days, overdue ones included; null for any
 * @param dueBy          live actions due on or before this day; null for any
 * @param meetingId      raised at this meeting; 0 for any
 */
public record ActionFilter(long organisationId, long ownerId, StatusFilter status, boolean overdueOnly,
                           Integer dueWithinDays, LocalDate dueBy, long meetingId, String text) {

    public static final ActionFilter NONE = new ActionFilter(0, 0, StatusFilter.ANY, false, null, null, 0, "");

    public Predicate<ActionRow> on(LocalDate today) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.UK);
        LocalDate limit = dueWithinDays == null ? dueBy : today.plusDays(dueWithinDays);
        return row -> {
            var action = row.action();
            return (organisationId == 0 || action.organisationId() == organisationId)
                    && (ownerId == 0 || action.ownerId() == ownerId)
                    && status.accepts(action.status())
                    && (!overdueOnly || action.isOverdueOn(today))
                    && (limit == null || !action.status().finished() && !action.dueOn().isAfter(limit))
                    && (meetingId == 0 || action.meetingId() == meetingId)
                    && (needle.isEmpty() || row.searchText().contains(needle));
        };
    }
}
