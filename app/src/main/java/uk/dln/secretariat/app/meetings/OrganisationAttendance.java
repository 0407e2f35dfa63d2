package uk.dln.secretariat.app.meetings;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;

/** One member organisation's line on the attendance record: how it was represented, and by whom if a deputy. */
public final class OrganisationAttendance {

    private final Organisation organisation;
    private final Leader digitalLeader;
    private final List<Leader> deputies;
    private final ObjectProperty<AttendanceStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Leader> deputy = new SimpleObjectProperty<>(this, "deputy");

    OrganisationAttendance(Organisation organisation, Leader digitalLeader, List<Leader> deputies,
                           AttendanceStatus status, Leader deputy) {
        this.organisation = organisation;
        this.digitalLeader = digitalLeader;
        this.deputies = List.copyOf(deputies);
        this.status.set(status);
        this.deputy.set(deputy);
    }

    /** The line to store; a deputy named without "deputy attended" is ignored, not stored. */
    Attendance toAttendance() {
        AttendanceStatus chosen = status.get();
        Long leaderId = switch (chosen) {
            case PRESENT, APOLOGIES -> digitalLeader == null ? null : digitalLeader.id();
            case DEPUTISED -> deputy.get() == null ? null : deputy.get().id();
            default -> null;
        };
        return Attendance.organisation(organisation.id(), leaderId, chosen);
    }

    public Organisation organisation() {
        return organisation;
    }

    /** Null when the organisation has no Digital Leader on the day. */
    public Leader digitalLeader() {
        return digitalLeader;
    }

    public List<Leader> deputies() {
        return deputies;
    }

    public ObjectProperty<AttendanceStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Leader> deputyProperty() {
        return deputy;
    }
}
