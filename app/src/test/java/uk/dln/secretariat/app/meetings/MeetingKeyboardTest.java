package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import uk.dln.secretariat.app.support.AppHarness;
import uk.dln.secretariat.app.support.MovableClock;
import uk.dln.secretariat.app.support.UiTest;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;

/**
 * The secretariat's month without the mouse: plan a meeting, add a paper to its agenda, record attendance, minute a
 * decision and an action, approve the minutes, and find them locked.
 */
@UiTest
class MeetingKeyboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TempDir
    static Path folder;

    private AppHarness app;
    private final MovableClock clock = new MovableClock(TODAY);

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()),
                clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void directory() throws Exception {
        app.settle();
        var workspace = app.workspace();
        for (String shortName : new String[] {"DSIT", "HMT"}) {
            var organisation = workspace.organisations().save(Organisation.create("Department " + shortName,
                    shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace.leaders().save(Leader.create(shortName.equals("DSIT") ? "Priya Shah"
                    : "Tom Fletcher"));
            workspace.memberships().save(new Membership(0, leader.id(), organisation.id(),
                    NetworkRole.DIGITAL_LEADER, TODAY.minusYears(1), null));
        }
    }

    @Test
    void plansHoldsAndMinutesAMeetingByKeyboardThenFindsTheMinutesLocked(FxRobot robot) throws Exception {
        directory();
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);

        // Plan: New meeting (Alt+N) puts the focus in the date; Tab through start, length, to the place.
        app.keys(robot, KeyCode.ALT, KeyCode.N);
        robot.write("26/11/2026").type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("10 Whitehall");
        app.keys(robot, KeyCode.ALT, KeyCode.S);
        Meeting meeting = app.workspace().meetings().findAll().get(0);
        assertEquals(LocalDate.of(2026, 11, 26), meeting.date());

        // Agenda (Ctrl+Page Down): New item (Alt+I), title, purpose by typing, skip presenter, 30 minutes, save.
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.ALT, KeyCode.I);
        robot.write("Cloud hosting migration").type(KeyCode.TAB).write("for dec");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("30");
        app.keys(robot, KeyCode.ALT, KeyCode.S);
        AgendaItem paper = app.workspace().agenda().items(meeting.id()).get(4);
        assertEquals("Cloud hosting migration", paper.title());
        assertEquals(ItemPurpose.DECISION, paper.purpose());
        assertEquals(30, paper.minutes());
        var timing = robot.lookup("#agenda-timing").queryAs(Label.class);
        assertTrue(timing.getText().contains("62 min of a 120 min slot: ends at 11:02"), timing.getText());

        // Attendance: everyone else present (Alt+Y), save (Alt+S); the quorum says so in words.
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.ALT, KeyCode.Y);
        assertEquals(AttendanceStatus.PRESENT, robot.lookup("#attendance-DSIT").queryComboBox().getValue());
        app.keys(robot, KeyCode.ALT, KeyCode.S);
        var attendance = app.workspace().attendance().forMeeting(meeting.id());
        assertTrue(attendance.size() == 2 && attendance.stream()
                .allMatch(line -> line.status() == AttendanceStatus.PRESENT), attendance::toString);
        assertTrue(robot.lookup("#attendance-quorum").queryAs(Label.class).getText().startsWith("\u2714 Quorate"));

        // Minutes: draft (Alt+R); to the items (Alt+B); the fifth item's discussion and decision; an action.
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.ALT, KeyCode.R);
        app.keys(robot, KeyCode.ALT, KeyCode.B);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
        }
        app.settle();
        robot.type(KeyCode.TAB).write("Members compared timetables.").type(KeyCode.TAB)
                .write("The network agreed a shared timetable.").type(KeyCode.TAB)
                .write("Share the migration plan").type(KeyCode.TAB).write("priya");
        app.keys(robot, KeyCode.ALT, KeyCode.A);

        var minutes = app.workspace().meetings().minutes(meeting.id());
        assertTrue(minutes.attendance().startsWith("Present\nPriya Shah, DSIT"), minutes.attendance());
        assertEquals("The network agreed a shared timetable.", minutes.items().get(4).decisions());
        var action = app.workspace().actions().forMeeting(meeting.id()).get(0);
        assertEquals("A26/01/01", action.action().reference());
        assertEquals("Priya Shah", action.ownerName());
        assertEquals(paper.id(), action.action().agendaItemId());

        // Papers issued, held, minutes approved (Alt+M three times; each step asks first). A meeting is held only
        // on or after its day, so the clock moves to the meeting's day.
        app.dialogs().confirmations.addAll(java.util.List.of(true, true, true));
        app.keys(robot, KeyCode.ALT, KeyCode.M);
        clock.moveTo(meeting.date());
        app.keys(robot, KeyCode.ALT, KeyCode.M);
        app.keys(robot, KeyCode.ALT, KeyCode.M);
        assertEquals(MeetingStatus.MINUTES_APPROVED,
                app.workspace().meetings().find(meeting.id()).orElseThrow().status());

        // Locked: the page says so, the minutes cannot be typed in, and saving does nothing.
        var banner = robot.lookup("#minutes-locked").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getText().startsWith("Locked"));
        assertFalse(robot.lookup("#minutes-decisions").queryAs(TextArea.class).isEditable());
        assertFalse(robot.lookup("#minutes-attendance").queryAs(TextArea.class).isEditable());
        app.keys(robot, KeyCode.ALT, KeyCode.S);
        // The same words; the meeting itself is at a newer version, each step having claimed it.
        var after = app.workspace().meetings().minutes(meeting.id());
        assertEquals(List.of(minutes.attendance(), minutes.declarations(), minutes.items()),
                List.of(after.attendance(), after.declarations(), after.items()));
    }
}
