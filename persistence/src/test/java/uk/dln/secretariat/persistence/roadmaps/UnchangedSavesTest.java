package uk.dln.secretariat.persistence.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.persistence.Workspace;

/** Saving a record as it already stands writes nothing to the audit trail; a real change still does. */
class UnchangedSavesTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private RoadmapTestData data;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        data = new RoadmapTestData(workspace, "DSIT");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private List<AuditEntry> trail() {
        return workspace.audit().find(AuditQuery.all());
    }

    @Test
    void savingAnUnchangedOrganisationRecordsNothing() {
        var organisation = workspace.organisations().save(Organisation.create("Cabinet Office", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        int before = trail().size();

        workspace.organisations().save(organisation);

        assertEquals(before, trail().size(), () -> trail().toString());
    }

    @Test
    void savingUnchangedAttendanceRecordsNothing() {
        var other = workspace.organisations().save(Organisation.create("Cabinet Office", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var meeting = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var lines = List.of(
                Attendance.organisation(data.roadmap.organisationId(), null, AttendanceStatus.PRESENT),
                Attendance.organisation(other.id(), null, AttendanceStatus.APOLOGIES));
        workspace.attendance().replace(meeting.id(), lines);
        int before = trail().size();

        workspace.attendance().replace(meeting.id(), lines);

        assertEquals(before, trail().size(), () -> trail().subList(0, trail().size() - before).toString());
        assertEquals(lines, workspace.attendance().forMeeting(meeting.id()));
    }

    @Test
    void changingOneAttendanceLineRecordsOnlyThatLine() {
        var other = workspace.organisations().save(Organisation.create("Cabinet Office", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var meeting = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        var present = Attendance.organisation(data.roadmap.organisationId(), null, AttendanceStatus.PRESENT);
        workspace.attendance().replace(meeting.id(), List.of(present,
                Attendance.organisation(other.id(), null, AttendanceStatus.APOLOGIES)));
        int before = trail().size();

        var changed = List.of(present, Attendance.organisation(other.id(), null, AttendanceStatus.PRESENT));
        workspace.attendance().replace(meeting.id(), changed);

        // The changed line is written as one removal and one addition; the unchanged line is left alone.
        assertEquals(before + 2, trail().size());
        assertEquals(Set.copyOf(changed), Set.copyOf(workspace.attendance().forMeeting(meeting.id())));
    }

    @Test
    void savingAnUnchangedMilestoneWithDependenciesRecordsNothing() {
        var first = data.milestone("Platform live", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        var second = data.milestone("Services moved", LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31),
                first.id());
        int before = trail().size();

        workspace.roadmaps().milestones().save(second);

        assertEquals(before, trail().size(), () -> trail().subList(0, trail().size() - before).toString());
    }

    @Test
    void savingAnUnchangedRiskWithLinkedMilestonesRecordsNothing() {
        var milestone = data.milestone("Go live", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        var risk = workspace.roadmaps().risks().save(new Risk(0, data.roadmap.id(), "Supplier exit", "", "CDIO", 3,
                4, "Second supplier", RiskStatus.OPEN, LocalDate.of(2026, 12, 1), Set.of(milestone.id())));
        int before = trail().size();

        workspace.roadmaps().risks().save(risk);

        assertEquals(before, trail().size(), () -> trail().subList(0, trail().size() - before).toString());
        assertEquals(List.of(risk), workspace.roadmaps().risks().findByRoadmap(data.roadmap.id()));
    }
}
