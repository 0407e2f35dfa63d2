package uk.dln.secretariat.model.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import uk.dln.secretariat.model.Validator;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/**
 * One meeting of the network.
 *
 * @param id          0 until stored
 * @param number      the meeting's number in its year, used in paper references; 0 until stored (assigned then)
 * @param slotMinutes how long the meeting is booked for; the agenda is checked against it
 * @param chairId     the leader in the chair, or null until known
 * @param version     the stored version it was read at (decision 0038): a save, a status change and a delete claim
 *                    it; 0 for a new meeting
 */
public record Meeting(long id, int number, LocalDate date, LocalTime startTime, int slotMinutes, String place,
                      String videoLink, Long chairId, MeetingKind kind, MeetingStatus status,
                      ProtectiveMarking marking, long version) {

    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int SLOT_MIN = 15;
    public static final int SLOT_MAX = 600;

    public Meeting {
        place = place == null ? "" : place.strip();
        videoLink = videoLink == null ? "" : videoLink.strip();
        new Validator()
                .check(date != null, "date", "validation.required")
                .check(startTime != null, "startTime", "meetings.error.startTime")
                .check(slotMinutes >= SLOT_MIN && slotMinutes <= SLOT_MAX, "slotMinutes", "meetings.error.slot",
                        SLOT_MIN, SLOT_MAX)
                .check(!place.isEmpty() || !videoLink.isEmpty(), "place", "meetings.error.placeOrLink")
                .maxLength("place", place, PLACE_MAX)
                .maxLength("videoLink", videoLink, LINK_MAX)
                .check(kind != null, "kind", "validation.required")
                .check(status != null, "status", "validation.required")
                .check(marking != null, "marking", "validation.required")
                .check(number >= 0 && number <= 99, "number", "meetings.error.number")
                .throwIfInvalid();
    }

    /** A meeting not read from a workspace, so at the version a new record starts at. */
    public Meeting(long id, int number, LocalDate date, LocalTime startTime, int slotMinutes, String place,
                   String videoLink, Long chairId, MeetingKind kind, MeetingStatus status, ProtectiveMarking marking) {
        this(id, number, date, startTime, slotMinutes, place, videoLink, chairId, kind, status, marking, 0);
    }

    /** A new monthly meeting in planning, with the network's default marking. */
    public static Meeting plan(LocalDate date, LocalTime start, int slotMinutes, String place, Long chairId,
                               ProtectiveMarking marking) {
        return new Meeting(0, 0, date, start, slotMinutes, place, "", chairId, MeetingKind.MONTHLY,
                MeetingStatus.PLANNED, marking);
    }

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(slotMinutes);
    }

    public boolean isStored() {
        return id != 0;
    }

    public Meeting withId(long newId, int newNumber) {
        return new Meeting(newId, newNumber, date, startTime, slotMinutes, place, videoLink, chairId, kind, status,
                marking, version);
    }

    /** A meeting is recorded as held only once its day has come: marking a future meeting held is a slip. */
    public boolean canBeHeldOn(LocalDate today) {
        return !date.isAfter(today);
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, number, date, startTime, slotMinutes, place, videoLink, chairId, kind, newStatus,
                marking, version);
    }

    /** The same meeting as stored at a newer version, after a save. */
    public Meeting atVersion(long newVersion) {
        return new Meeting(id, number, date, startTime, slotMinutes, place, videoLink, chairId, kind, status,
                marking, newVersion);
    }

    /** The reference of the {@code paperNumber}th paper at this meeting. */
    public PaperReference paperReference(String prefix, int paperNumber) {
        return new PaperReference(prefix, date.getYear(), number, paperNumber);
    }
}
