package uk.dln.secretariat.app.core.minutes;

import java.util.List;
import java.util.Map;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.QuorumRule;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Everything the meeting page shows about one meeting, read in one background task so its tabs always agree.
 *
 * @param mattersArising live actions due by the meeting's date
 * @param attendance     the attendance with its lines' versions, to claim when it is saved
 * @param declarations   current declarations of interest, for drafting the minutes
 */
public record MeetingDetail(Meeting meeting, List<AgendaItem> items, Map<Long, Integer> fileCounts,
                     MeetingAttendance attendance, MeetingMinutes minutes, List<ActionSummary> actions,
                     List<ActionSummary> mattersArising, List<Declaration> declarations, QuorumRule quorumRule) {

    public static MeetingDetail load(WorkspaceData workspace, long meetingId) {
        Meeting meeting = workspace.meetings().find(meetingId).orElseThrow(
                () -> new uk.dln.secretariat.model.SecretariatException("record.error.gone"));
        return new MeetingDetail(meeting, workspace.agenda().items(meetingId),
                workspace.papers().countsForMeeting(meetingId), workspace.attendance().read(meetingId),
                workspace.meetings().minutes(meetingId), workspace.actions().forMeeting(meetingId),
                workspace.actions().openDueBy(meeting.date()),
                workspace.declarations().register().stream().map(e -> e.declaration())
                        .filter(Declaration::current).toList(),
                workspace.settings().quorumRule());
    }
}
