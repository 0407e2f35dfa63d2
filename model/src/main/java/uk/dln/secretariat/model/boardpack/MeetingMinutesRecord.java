package uk.dln.secretariat.model.boardpack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
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
 * @param nextMeeting    the day of the meeting after, for the "Date of next meeting" item; empty when not yet set
 * @param approvedOn     the day the minutes were approved; empty while they are draft
 */
public record MeetingMinutesRecord(Meeting meeting, String chair, List<AgendaEntry> agenda, MeetingMinutes minutes,
                                   Map<Long, List<ActionSummary>> actionsByItem, Optional<LocalDate> nextMeeting,
                                   Optional<LocalDate> approvedOn) {

    public MeetingMinutesRecord {
        chair = chair == null ? "" : chair.strip();
        agenda = List.copyOf(agenda);
        actionsByItem = Map.copyOf(actionsByItem);
        Objects.requireNonNull(nextMeeting, "nextMeeting");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    /** Minutes with no next meeting known yet and no approval date recorded. */
    public MeetingMinutesRecord(Meeting meeting, String chair, List<AgendaEntry> agenda, MeetingMinutes minutes,
                                Map<Long, List<ActionSummary>> actionsByItem) {
        this(meeting, chair, agenda, minutes, actionsByItem, Optional.empty(), Optional.empty());
    }

    /** The meeting's marking and its papers': the minutes reproduce their discussion. */
    public List<ProtectiveMarking> markings() {
        var markings = new ArrayList<ProtectiveMarking>();
        markings.add(meeting.marking());
        agenda.stream().filter(AgendaEntry::hasPaper).forEach(e -> markings.add(e.line().item().cover().marking()));
        return markings;
    }

    /** Minutes stay draft until the next meeting approves them. */
    public boolean draft() {
        return meeting.status() != MeetingStatus.MINUTES_APPROVED;
    }

    public List<ActionSummary> actionsAt(long itemId) {
        return actionsByItem.getOrDefault(itemId, List.of());
    }
}
