package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceData;

/** Each editor of a meeting knows when it holds unsaved work, and choosing another meeting asks about it first. */
class MeetingChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private MeetingsViewModel meetings;
    private Meeting november;
    private Meeting december;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        meetings = new MeetingsViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), (name, content) -> { });
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        for (String shortName : List.of("DSIT", "HMT")) {
            var organisation = workspace().organisations().save(Organisation.create("Department " + shortName,
                    shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace().leaders().save(Leader.create("Leader of " + shortName));
            workspace().memberships().save(new Membership(0, leader.id(), organisation.id(),
                    NetworkRole.DIGITAL_LEADER, TODAY.minusYears(1), null));
        }
        meetings.reload();
        november = plan(LocalDate.of(2026, 11, 26));
        december = plan(LocalDate.of(2026, 12, 17));
        meetings.select(november);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    private Meeting plan(LocalDate day) {
        meetings.newMeeting();
        meetings.form().dateProperty().set(day);
        meetings.form().placeProperty().set("10 Whitehall");
        meetings.save();
        return meetings.selectedProperty().get();
    }

    private void dsitPresent() {
        meetings.attendance().organisations().get(0).statusProperty().set(AttendanceStatus.PRESENT);
    }

    @Test
    void aMeetingJustShownHoldsNoUnsavedChanges() {
        assertFalse(meetings.changes().isDirty(), () -> meetings.changes().dirtyEditors().toString());
    }

    @Test
    void attendanceChangedAndChangedBackIsClean() {
        dsitPresent();
        assertTrue(meetings.attendance().isDirty());

        meetings.attendance().organisations().get(0).statusProperty().set(AttendanceStatus.NOT_REPRESENTED);

        assertFalse(meetings.attendance().isDirty());
    }

    @Test
    void choosingAnotherMeetingWithUnsavedAttendanceThenCancelStaysWithTheAttendance() {
        dsitPresent();
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        meetings.select(december);

        assertEquals(november.id(), meetings.selectedProperty().get().id());
        assertEquals(AttendanceStatus.PRESENT, meetings.attendance().organisations().get(0).statusProperty().get());
        assertEquals(List.of("Attendance: save your changes?"), dialogs.saveQuestions);
    }

    @Test
    void choosingAnotherMeetingThenDiscardSwitchesAndStoresNothing() {
        dsitPresent();
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        meetings.select(december);

        assertEquals(december.id(), meetings.selectedProperty().get().id());
        assertTrue(workspace().attendance().forMeeting(november.id()).isEmpty());
        assertFalse(meetings.changes().isDirty());
    }

    @Test
    void choosingAnotherMeetingThenSaveStoresAndSwitches() {
        dsitPresent();
        dialogs.saveChoices.add(SaveChoice.SAVE);

        meetings.select(december);

        assertEquals(december.id(), meetings.selectedProperty().get().id());
        assertEquals(AttendanceStatus.PRESENT, workspace().attendance().forMeeting(november.id()).stream()
                .filter(line -> line.organisationId() != null).findFirst().orElseThrow().status());
    }

    @Test
    void aSaveRefusedOnTheWayOutStaysOnTheMeetingWithItsMessage() {
        meetings.attendance().organisations().get(0).statusProperty().set(AttendanceStatus.DEPUTISED);
        dialogs.saveChoices.add(SaveChoice.SAVE);

        meetings.select(december);

        assertEquals(november.id(), meetings.selectedProperty().get().id());
        assertFalse(meetings.attendance().errors().of("deputy").get().isEmpty());
        assertTrue(meetings.attendance().isDirty());
    }

    @Test
    void minutesBeingWrittenSurviveSavingTheAttendance() {
        meetings.minutes().declarationsProperty().set("None declared.");
        dsitPresent();

        meetings.attendance().save();

        assertEquals("None declared.", meetings.minutes().declarationsProperty().get());
        assertTrue(meetings.minutes().isDirty());
        assertFalse(meetings.attendance().isDirty());
    }

    @Test
    void discardingMinutesShowsTheStoredTextAgain() {
        meetings.minutes().attendanceProperty().set("Present: all");
        meetings.minutes().save();
        meetings.minutes().attendanceProperty().set("Present: nobody");

        meetings.minutes().discard();

        assertEquals("Present: all", meetings.minutes().attendanceProperty().get());
        assertFalse(meetings.minutes().isDirty());
    }

    @Test
    void anAgendaItemBeingTypedIsAskedAboutBeforeANewItem() {
        meetings.agenda().newItem();
        meetings.agenda().form().titleProperty().set("Cloud hosting migration");
        assertTrue(meetings.agenda().isDirty());
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        meetings.agenda().newItem();

        assertEquals("Cloud hosting migration", meetings.agenda().form().titleProperty().get());
    }

    @Test
    void aMeetingsDetailsEditedAndTypedBackAreClean() {
        meetings.form().placeProperty().set("1 Horse Guards Road");
        assertTrue(meetings.detailsEditor().isDirty());

        meetings.form().placeProperty().set("10 Whitehall");

        assertFalse(meetings.detailsEditor().isDirty());
    }

    @Test
    void anActionBeingWrittenIsItsOwnUnsavedChange() {
        meetings.minutes().actionForm().descriptionProperty().set("Circulate the hosting paper");

        assertTrue(meetings.minutes().actionEditor().isDirty());
        assertFalse(meetings.minutes().isDirty());
    }

    @Test
    void anotherWorkspaceOpenedDoesNotCarryUnsavedAttendanceOver() {
        Path other = folder.resolve("other.secretariat");
        try (var workspace = Workspace.open(other)) {
            var organisation = workspace.organisations().save(Organisation.create("Department DSIT", "DSIT",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace.leaders().save(Leader.create("Leader of DSIT"));
            workspace.memberships().save(new Membership(0, leader.id(), organisation.id(),
                    NetworkRole.DIGITAL_LEADER, TODAY.minusYears(1), null));
            workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), java.time.LocalTime.of(10, 0), 120,
                    "Elsewhere", null, uk.dln.secretariat.model.marking.ProtectiveMarking.OFFICIAL));
        }
        dsitPresent();

        workspaces.open(other, error -> { throw new AssertionError(error); });

        assertEquals(november.id(), meetings.selectedProperty().get().id(), "the same id, in another workspace");
        assertFalse(meetings.changes().isDirty(), () -> meetings.changes().dirtyEditors().toString());
        assertEquals(AttendanceStatus.NOT_REPRESENTED,
                meetings.attendance().organisations().get(0).statusProperty().get());
    }

    @Test
    void savingConfirmsItToWhoeverListens() {
        var saved = new java.util.ArrayList<String>();
        meetings.changes().addSavedListener(editor -> saved.add(editor.editorName()));
        dsitPresent();

        meetings.attendance().save();

        assertEquals(List.of("Attendance"), saved);
    }
}
