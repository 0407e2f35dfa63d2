package uk.dln.secretariat.model.meetings;

import uk.dln.secretariat.model.Validator;

/**
 * One line of a meeting's attendance: a member organisation and how it was represented, or a person in attendance
 * or from the secretariat.
 *
 * @param organisationId the organisation, or null for guests and the secretariat
 * @param leaderId       who was there: the Digital Leader, the named deputy, the guest; null when nobody came
 */
public record Attendance(Long organisationId, Long leaderId, AttendanceStatus status) {

    public Attendance {
        new Validator()
                .check(status != null, "status", "validation.required")
                .check(status == null || status.forOrganisation() == (organisationId != null), "status",
                        "meetings.error.attendanceKind")
                .check(status != AttendanceStatus.DEPUTISED || leaderId != null, "deputy",
                        "meetings.error.deputyNeeded")
                .check(organisationId != null || leaderId != null, "leader", "validation.required")
                .throwIfInvalid();
    }

    public static Attendance organisation(long organisationId, Long leaderId, AttendanceStatus status) {
        return new Attendance(organisationId, leaderId, status);
    }

    public static Attendance person(long leaderId, AttendanceStatus status) {
        return new Attendance(null, leaderId, status);
    }
}
