package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.MeetingAttendance;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Someone else saves part of the meeting a person is editing: the person's save of that part is refused with Reload
 * or Keep editing, never stored over theirs; a save of another tab by the person themselves refuses nothing.
 */
class MeetingSavedByTwoPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private MeetingsViewModel meetings;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        meetings = new MeetingsViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), (name, content) -> { });
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        var dsit = workspace().organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var priya = workspace().leaders().save(Leader.create("Priya Shah"));
        workspace().memberships().save(new Membership(0, priya.id(), dsit.id(), NetworkRole.DIGITAL_LEADER,
                TODAY.minusYears(1), null));
        meetings.reload();
        meetings.newMeeting();
        meetings.form().dateProperty().set(LocalDate.of(2026, 11, 26));
        meetings.form().placeProperty().set("10 Whitehall");
        meetings.save();
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    private long meetingId() {
        return meetings.selectedProperty().get().id();
    }

    @Test
    void anAgendaItemSavedOverSomeoneElsesChangeIsRefusedAndKeepEditingKeepsTheTyping() {
        var agenda = meetings.agenda();
        agenda.selectedProperty().set(agenda.rows().get(0));
        agenda.form().minutesProperty().set("7");
        AgendaItem stored = workspace().agenda().items(meetingId()).get(0);
        workspace().agenda().save(new AgendaItem(stored.id(), stored.meetingId(), stored.position(), stored.title(),
                stored.purpose(), stored.standing(), stored.presenterId(), 12, stored.paper(), stored.cover(),
                stored.version()));
        dialogs.reloads.add(false);

        agenda.save();

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).contains("duration_minutes"), dialogs.conflicts.get(0));
        assertEquals("7", agenda.form().minutesProperty().get());
        assertEquals(12, workspace().agenda().items(meetingId()).get(0).minutes());
    }

    @Test
    void aRowMovedTwiceBeforeItIsReadBackIsNotAConflictWithItself() {
        var agenda = meetings.agenda();
        var welcome = agenda.rows().get(0);

        // The second press holds the row as shown before the first move was read back.
        agenda.moveTo(welcome, 2);
        agenda.moveTo(welcome, 3);

        assertTrue(dialogs.conflicts.isEmpty(), dialogs.conflicts.toString());
        assertEquals(welcome.item().id(), workspace().agenda().items(meetingId()).get(2).id());
    }

    @Test
    void attendanceSavedOverAttendanceSomeoneElseRecordedIsRefusedAndReloadShowsTheirs() {
        var attendance = meetings.attendance();
        attendance.organisations().get(0).statusProperty().set(AttendanceStatus.APOLOGIES);
        long dsit = attendance.organisations().get(0).organisation().id();
        workspace().attendance().save(new MeetingAttendance(meetingId(), List.of(Attendance.organisation(dsit,
                null, AttendanceStatus.PRESENT)), workspace().attendance().read(meetingId()).readVersions()));
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        attendance.save();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals(List.of(Attendance.organisation(dsit, null, AttendanceStatus.PRESENT)),
                workspace().attendance().forMeeting(meetingId()));
        assertEquals(AttendanceStatus.PRESENT, attendance.organisations().get(0).statusProperty().get());
    }

    @Test
    void minutesSavedFromTheirTabLeaveTheDetailsBeingTypedSaveable() {
        meetings.form().placeProperty().set("1 Horse Guards Road");
        meetings.minutes().attendanceProperty().set("Present: Priya Shah");
        meetings.minutes().save();

        meetings.save();

        assertTrue(dialogs.conflicts.isEmpty(), dialogs.conflicts.toString());
        assertEquals("1 Horse Guards Road", workspace().meetings().find(meetingId()).orElseThrow().place());
        assertEquals("Present: Priya Shah", workspace().meetings().minutes(meetingId()).attendance());
    }

    @Test
    void minutesOfAnItemSomeoneElseWroteAreRefusedWhileAnotherItemsAreSavedAlongsideTheirs() {
        var minutes = meetings.minutes();
        minutes.items().get(1).discussionProperty().set("Declarations were noted.");
        var stored = workspace().meetings().minutes(meetingId());
        var theirs = stored.items().get(0);
        workspace().meetings().saveMinutes(new uk.dln.secretariat.model.meetings.MeetingMinutes(meetingId(),
                stored.attendance(), stored.declarations(), List.of(new uk.dln.secretariat.model.meetings
                .MeetingMinutes.ItemMinutes(theirs.itemId(), "Welcome by the chair.", "", theirs.version())),
                stored.version()));

        minutes.save();

        assertTrue(dialogs.conflicts.isEmpty(), dialogs.conflicts.toString());
        var now = workspace().meetings().minutes(meetingId());
        assertEquals("Welcome by the chair.", now.items().get(0).discussion());
        assertEquals("Declarations were noted.", now.items().get(1).discussion());
    }
}
