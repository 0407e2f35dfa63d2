package uk.dln.secretariat.model.meetings;

import java.util.List;
import java.util.Map;

/**
 * A meeting's attendance as read for editing: its lines, and the stored lines' versions (decision 0038). Saving it
 * claims every line read, so attendance someone else recorded in the meantime, or changed, is never silently
 * replaced.
 *
 * @param readVersions the stored lines' ids and the versions they were read at; empty for a meeting with none
 */
public record MeetingAttendance(long meetingId, List<Attendance> lines, Map<Long, Long> readVersions) {

    public MeetingAttendance {
        lines = List.copyOf(lines);
        readVersions = Map.copyOf(readVersions);
    }

    /** No attendance recorded yet, as a new meeting has. */
    public static MeetingAttendance none(long meetingId) {
        return new MeetingAttendance(meetingId, List.of(), Map.of());
    }
}
