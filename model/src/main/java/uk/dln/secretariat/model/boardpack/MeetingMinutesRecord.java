package uk.dln.secretariat.model.boardpack;

import java.util.List;
import java.util.Map;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;

/**
 * A meeting's minutes as a document prints them.
 *
 * @param chair          the chair's name, or empty
 * @param agenda         the meeting's items in order, for the item headings
 * @param minutes        attendance (a "Present" line, names, a blank line, the next heading ...), declarations and
 *                       each item's discussion and decisions
 * @param actionsByItem  the actions raised at each item, by item id
 */
public record MeetingMinutesRecord(Meeting meeting, String chair, List<AgendaEntry> agenda, MeetingMinutes minutes,
                                   Map<Long, List<ActionSummary>> actionsByItem) {

    public MeetingMinutesRecord {
        chair = chair == null ? "" : chair.strip();
        agenda = List.copyOf(agenda);
        actionsByItem = Map.copyOf(actionsByItem);
    }

    /** Minutes stay draft until the next meeting approves them. */
    public boolean draft() {
        return meeting.status() != MeetingStatus.MINUTES_APPROVED;
    }

    public List<ActionSummary> actionsAt(long itemId) {
        return actionsByItem.getOrDefault(itemId, List.of());
    }
}
