package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.Meeting;

/**
 * Unsaved attendance by keyboard: choosing another meeting asks first, and Cancel, Discard and Save each do what they
 * say; quitting with Ctrl+Q or closing the window asks too, and Cancel keeps the app open.
 */
@UiTest
class UnsavedChangesKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TempDir
    static Path folder;

    private AppHarness app;
    private Stage stage;
    private Meeting november;
    private Meeting december;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()),
                Clock.fixed(TODAY.atStartOfDay().plusHours(10).plusMinutes(42).toInstant(ZoneOffset.UTC),
                        ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void type(FxRobot robot, KeyCode key) throws Exception {
        robot.type(key);
        app.settle();
    }

    /** Two member departments and two meetings; the Meetings section open on the first, at its Attendance tab. */
    private void attendanceOfTheFirstMeeting(FxRobot robot) throws Exception {
        app.settle();
        var workspace = app.workspace();
        for (String shortName : new String[] {"DSIT", "HMT"}) {
            var organisation = workspace.organisations().save(Organisation.create("Department " + shortName,
                    shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace.leaders().save(Leader.create("Leader of " + shortName));
            workspace.memberships().save(new Membership(0, leader.id(), organisation.id(),
                    NetworkRole.DIGITAL_LEADER, TODAY.minusYears(1), null));
        }
        november = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        december = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 12, 17), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        assertEquals(november.id(), selectedMeeting(robot).id());
    }

    private Meeting selectedMeeting(FxRobot robot) {
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        return table.getSelectionModel().getSelectedItem();
    }

    private AttendanceStatus dsit(FxRobot robot) {
        return (AttendanceStatus) robot.lookup("#attendance-DSIT").queryComboBox().getValue();
    }

    private List<Attendance> stored(Meeting meeting) {
        return app.workspace().attendance().forMeeting(meeting.id());
    }

    /** Everyone present (Alt+Y), not saved: the form and the title say so in words. */
    private void everyonePresentUnsaved(FxRobot robot) throws Exception {
        app.keys(robot, KeyCode.ALT, KeyCode.Y);
        assertEquals(AttendanceStatus.PRESENT, dsit(robot));
        assertTrue(stage.getTitle().startsWith("\u2022 "), stage.getTitle());
        assertTrue(robot.lookup(".unsaved-mark").queryAll().stream().anyMatch(node -> node.isVisible()
                && node.getScene() != null && ((Label) node).getText().equals("Unsaved changes")));
    }

    /** Alt+L to the meetings list, Down to the next meeting. */
    private void nextMeetingByKeyboard(FxRobot robot) throws Exception {
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        type(robot, KeyCode.DOWN);
    }

    @Test
    void switchingMeetingOverUnsavedAttendanceThenCancelStaysWithTheAttendance(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        nextMeetingByKeyboard(robot);

        assertEquals(List.of("Attendance: save your changes?"), app.dialogs().saveQuestions);
        assertEquals(november.id(), selectedMeeting(robot).id(), "the list goes back to the meeting being edited");
        assertEquals(AttendanceStatus.PRESENT, dsit(robot));
        assertTrue(stored(november).isEmpty());
        assertTrue(stage.getTitle().startsWith("\u2022 "));
    }

    @Test
    void switchingMeetingOverUnsavedAttendanceThenDiscardSwitchesAndStoresNothing(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.DISCARD);

        nextMeetingByKeyboard(robot);

        assertEquals(december.id(), selectedMeeting(robot).id());
        assertEquals(AttendanceStatus.NOT_REPRESENTED, dsit(robot));
        assertTrue(stored(november).isEmpty());
        assertFalse(stage.getTitle().startsWith("\u2022 "));
    }

    @Test
    void switchingMeetingOverUnsavedAttendanceThenSaveStoresItAndSwitches(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.SAVE);

        nextMeetingByKeyboard(robot);

        assertEquals(december.id(), selectedMeeting(robot).id());
        assertTrue(stored(november).size() == 2 && stored(november).stream()
                .allMatch(line -> line.status() == AttendanceStatus.PRESENT), () -> stored(november).toString());
        assertEquals("Attendance saved, 10:42", robot.lookup("#status-saved").queryAs(Label.class).getText());
        assertFalse(stage.getTitle().startsWith("\u2022 "));
    }

    @Test
    void ctrlSSavesTheAttendanceAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);

        app.keys(robot, KeyCode.CONTROL, KeyCode.S);

        assertEquals(2, stored(november).size());
        assertEquals("Attendance saved, 10:42", robot.lookup("#status-saved").queryAs(Label.class).getText());
        assertTrue(app.dialogs().saveQuestions.isEmpty());
    }

    @Test
    void ctrlQOverUnsavedAttendanceAsksAndCancelKeepsTheAppOpen(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        app.keys(robot, KeyCode.CONTROL, KeyCode.Q);

        assertEquals(List.of("Attendance: save your changes?"), app.dialogs().saveQuestions);
        assertTrue(stage.isShowing());
        assertEquals(AttendanceStatus.PRESENT, dsit(robot));
    }

    @Test
    void closingTheWindowOverUnsavedAttendanceAsksAndCancelKeepsItOpen(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();
        app.settle();

        assertEquals(List.of("Attendance: save your changes?"), app.dialogs().saveQuestions);
        assertTrue(stage.isShowing());
    }

    @Test
    void anotherSectionOverUnsavedAttendanceThenCancelStaysInMeetings(FxRobot robot) throws Exception {
        attendanceOfTheFirstMeeting(robot);
        everyonePresentUnsaved(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);

        assertEquals(List.of("Attendance: save your changes?"), app.dialogs().saveQuestions);
        assertTrue(robot.lookup("#attendance-DSIT").tryQuery().map(node -> node.getScene() != null).orElse(false));
        assertEquals(AttendanceStatus.PRESENT, dsit(robot));
    }
}
