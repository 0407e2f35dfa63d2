package uk.dln.secretariat.model.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * The meeting a pack is for: its agenda, the previous meeting's minutes for approval, and the action log.
 *
 * @param chair     the chair's name, or empty
 * @param previous  the minutes of the meeting before, if there was one
 * @param actionLog live actions and those finished since the previous meeting
 */
public record MeetingPackData(Meeting meeting, String chair, List<AgendaEntry> agenda,
                              Optional<MeetingMinutesRecord> previous, List<ActionLogEntry> actionLog) {

    public MeetingPackData {
        chair = chair == null ? "" : chair.strip();
        agenda = List.copyOf(agenda);
        actionLog = List.copyOf(actionLog);
    }

    /** The items that go out with a paper, in agenda order. */
    public List<AgendaEntry> papers() {
        return agenda.stream().filter(AgendaEntry::hasPaper).toList();
    }

    /** The papers that get a cover sheet: not the previous minutes and action log, which the pack prints in full. */
    public List<AgendaEntry> coveredPapers() {
        return papers().stream().filter(e -> e.line().item().standing() == null).toList();
    }

    /**
     * The meeting's marking, its papers', the previous meeting's and its papers' (the draft minutes reproduce their
     * discussion): a pack with them all carries the highest.
     */
    public List<ProtectiveMarking> markings() {
        var markings = new ArrayList<ProtectiveMarking>();
        markings.add(meeting.marking());
        papers().forEach(e -> markings.add(e.line().item().cover().marking()));
        previous.ifPresent(p -> markings.addAll(p.markings()));
        return markings;
    }
}
