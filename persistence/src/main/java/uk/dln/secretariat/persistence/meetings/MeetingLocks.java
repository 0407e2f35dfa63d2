package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.MEETING;

import java.util.List;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.meetings.MeetingStatus;

/**
 * The one check every write under a meeting makes first: approved minutes are final, so nothing about that meeting
 * may change. The schema's triggers back this up; this gives the person a clear message instead.
 */
public final class MeetingLocks {

    private MeetingLocks() {
    }

    /** @return the meeting's current status */
    public static MeetingStatus refuseIfApproved(DSLContext tx, long meetingId, String field) {
        MeetingStatus current = tx.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meetingId))
                .fetchOne(MEETING.STATUS);
        if (current == null) {
            throw new ValidationException(List.of(Problem.of(field, "record.error.gone")));
        }
        if (current.minutesLocked()) {
            throw new ValidationException(List.of(Problem.of(field, "meetings.error.minutesApproved")));
        }
        return current;
    }
}
