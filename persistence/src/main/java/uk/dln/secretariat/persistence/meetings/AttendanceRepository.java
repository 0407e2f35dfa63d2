package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.ATTENDANCE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.meetings.Attendance;

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

    /**
     * Makes the meeting's attendance {@code lines}, in one transaction; refused once its minutes are approved. Only
     * the lines that differ are written, so saving an unchanged record leaves the audit trail as it was.
     */
    public void replace(long meetingId, List<Attendance> lines) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, meetingId, "status");
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
        });
    }
}
