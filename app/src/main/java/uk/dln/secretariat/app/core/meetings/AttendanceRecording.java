package uk.dln.secretariat.app.core.meetings;

import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.model.meetings.QuorumRule;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Who came to a meeting: the attendance saved whole, claiming every line it was read with (decision 0038); a guest
 * not yet in the directory added to it by name; and the network's quorum rule.
 */
@UseCase
public final class AttendanceRecording {

    private final WorkspaceData workspace;

    public AttendanceRecording(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** @return the attendance as stored now, to edit further */
    public MeetingAttendance save(MeetingAttendance edited) {
        return workspace.attendance().save(edited);
    }

    /** Adds a person to the directory by name, to be recorded in attendance straight away. */
    public Leader addGuest(String name) {
        return workspace.leaders().save(Leader.create(name));
    }

    public QuorumRule saveQuorumRule(QuorumRule rule) {
        workspace.settings().saveQuorumRule(rule);
        return rule;
    }
}
