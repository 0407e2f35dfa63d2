package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.ATTENDANCE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/** Who came to a meeting. The whole record is saved at once, so it is never half saved. */
public final class AttendanceRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public AttendanceRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Attendance> forMeeting(long meetingId) {
        return dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                .fetch(row -> new Attendance(row.getOrganisationId(), row.getLeaderId(),
                        row.getStatus()));
    }

    /** The meeting's attendance with its lines' versions, read together, for an editor to save. */
    public MeetingAttendance read(long meetingId) {
        var lines = new ArrayList<Attendance>();
        var versions = new HashMap<Long, Long>();
        dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                .forEach(row -> {
                    lines.add(new Attendance(row.getOrganisationId(), row.getLeaderId(), row.getStatus()));
                    versions.put(row.getId(), (long) row.getVersion());
                });
        return new MeetingAttendance(meetingId, lines, versions);
    }

    /**
     * Makes the meeting's attendance the edited lines, in one transaction, claiming every line the editor read
     * (decision 0038): refused ({@code record.error.changedByOther}) when someone else recorded, changed or removed a
     * line since, naming who and when; refused once the minutes are approved. Saving what is stored claims nothing.
     *
     * @return the attendance as stored now, to edit further
     */
    public MeetingAttendance save(MeetingAttendance edited) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            long meetingId = edited.meetingId();
            MeetingLocks.refuseIfApproved(tx, meetingId, "status");
            var stored = tx.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                    .fetch();
            var unchanged = new ArrayList<>(edited.lines());
            boolean same = stored.size() == unchanged.size() && stored.stream()
                    .allMatch(row -> unchanged.remove(new Attendance(row.getOrganisationId(), row.getLeaderId(),
                            row.getStatus())));
            if (same) {
                // As stored already: nothing to overwrite, so nothing to claim or record.
                return read(tx, meetingId);
            }
            for (var row : stored) {
                if (!edited.readVersions().containsKey(row.getId())) {
                    // A line recorded by someone else after the editor read the attendance.
                    throw RecordVersions.changedByOther(tx, ATTENDANCE, row.getId());
                }
            }
            var storedIds = stored.stream().map(row -> row.getId()).collect(java.util.stream.Collectors.toSet());
            for (var line : edited.readVersions().entrySet()) {
                if (!storedIds.contains(line.getKey())) {
                    // A line someone else removed after the editor read it.
                    throw RecordVersions.changedByOther(tx, ATTENDANCE, line.getKey());
                }
                RecordVersions.claim(tx, ATTENDANCE, line.getKey(), line.getValue());
            }
            write(tx, meetingId, edited.lines());
            return read(tx, meetingId);
        });
    }

    /**
     * Makes the meeting's attendance {@code lines}, in one transaction; refused once its minutes are approved. Only
     * the lines that differ are written, so saving an unchanged record leaves the audit trail as it was. Claims
     * nothing: for attendance this same run of work has just made, e.g. the demonstration's; editors use {@link
     * #save(MeetingAttendance)}.
     */
    public void replace(long meetingId, List<Attendance> lines) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, meetingId, "status");
            write(tx, meetingId, lines);
        });
    }

    private MeetingAttendance read(DSLContext tx, long meetingId) {
        return new AttendanceRepository(tx, clock).read(meetingId);
    }

    private void write(DSLContext tx, long meetingId, List<Attendance> lines) {
        var wanted = new ArrayList<>(lines);
        var stored = tx.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(ATTENDANCE.ID)
                .fetch();
        for (var row : stored) {
            var line = new Attendance(row.getOrganisationId(), row.getLeaderId(),
                    row.getStatus());
            if (!wanted.remove(line)) {
                tx.deleteFrom(ATTENDANCE).where(ATTENDANCE.ID.eq(row.getId())).execute();
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (Attendance line : wanted) {
            tx.insertInto(ATTENDANCE)
                    .set(ATTENDANCE.MEETING_ID, meetingId)
                    .set(ATTENDANCE.ORGANISATION_ID, line.organisationId())
                    .set(ATTENDANCE.LEADER_ID, line.leaderId())
                    .set(ATTENDANCE.STATUS, line.status())
                    .set(ATTENDANCE.CHANGED_AT, now)
                    .execute();
        }
    }
}
