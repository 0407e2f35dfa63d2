package uk.dln.secretariat.model.meetings;

/**
 * How a member organisation was represented at a meeting, or, for a person with no organisation line, why they were
 * there. An organisation counts towards the quorum when its Digital Leader or a named deputy was present.
 */
public enum AttendanceStatus {
    PRESENT("meetings.attendance.present", true, true),
    DEPUTISED("meetings.attendance.deputised", true, true),
    APOLOGIES("meetings.attendance.apologies", false, true),
    NOT_REPRESENTED("meetings.attendance.notRepresented", false, true),
    IN_ATTENDANCE("meetings.attendance.inAttendance", false, false),
    SECRETARIAT("meetings.attendance.secretariat", false, false);

    private final String messageKey;
    private final boolean represented;
    private final boolean forOrganisation;

    AttendanceStatus(String messageKey, boolean represented, boolean forOrganisation) {
        this.messageKey = messageKey;
        this.represented = represented;
        this.forOrganisation = forOrganisation;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the organisation had someone in the room who could speak for it. */
    public boolean represented() {
        return represented;
    }

    /** Organisation lines use the first four; guests and the secretariat are people without one. */
    public boolean forOrganisation() {
        return forOrganisation;
    }
}
