package uk.dln.secretariat.model.meetings;

import java.util.Set;

/**
 * Where a meeting is in the monthly cycle. It moves forward one step at a time, and the last step taken can be undone
 * until the next one is (papers issued back to planned, held back to papers issued); approved minutes are final.
 */
public enum MeetingStatus {
    PLANNED("meetings.status.planned"),
    PAPERS_ISSUED("meetings.status.papersIssued"),
    HELD("meetings.status.held"),
    MINUTES_APPROVED("meetings.status.minutesApproved");

    private final String messageKey;

    MeetingStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The statuses a meeting in this status may move to. */
    public Set<MeetingStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> Set.of(PAPERS_ISSUED);
            case PAPERS_ISSUED -> Set.of(PLANNED, HELD);
            case HELD -> Set.of(MINUTES_APPROVED, PAPERS_ISSUED);
            case MINUTES_APPROVED -> Set.of();
        };
    }

    public boolean canMoveTo(MeetingStatus next) {
        return allowedNext().contains(next);
    }

    /** The usual next step, or null at the end of the cycle. */
    public MeetingStatus forward() {
        return this == MINUTES_APPROVED ? null : values()[ordinal() + 1];
    }

    /** The status the last step came from, while it can still be undone; null when there is nothing to undo. */
    public MeetingStatus back() {
        return switch (this) {
            case PAPERS_ISSUED -> PLANNED;
            case HELD -> PAPERS_ISSUED;
            case PLANNED, MINUTES_APPROVED -> null;
        };
    }

    /** Minutes are written once the meeting has been held, and locked once approved. */
    public boolean minutesLocked() {
        return this == MINUTES_APPROVED;
    }
}
