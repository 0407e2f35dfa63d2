package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.i18n.Messages;
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
 * Edit > Language > Cymraeg switches the window to Welsh once unsaved work is saved or kept: Cancel keeps both the
 * work and English, Save stores the work and then the window speaks Welsh (its dates read "3 Rhag 2026").
 */
@UiTest
class LanguageSwitchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TempDir
    static Path folder;

    private AppHarness app;
    private Stage stage;
    private Meeting november;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, folder.resolve("home-" + System.nanoTime()),
                Clock.fixed(TODAY.atStartOfDay().plusHours(10).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        // The window's language is the process's: the next test starts in English again.
        Messages.useLocale(Locale.UK);
        app.close();
    }

    /** Two departments, meetings on 26 November and 3 December; everyone marked present at the first, unsaved. */
    private void unsavedAttendance(FxRobot robot) throws Exception {
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
        workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 12, 3), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        app.keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        app.keys(robot, KeyCode.ALT, KeyCode.L);
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        app.keys(robot, KeyCode.ALT, KeyCode.Y);
        assertTrue(stage.getTitle().startsWith("\u2022 "), stage.getTitle());
    }

    /** The Edit menu's Language item for the language, as the menu bar in the window now holds it. */
    private RadioMenuItem languageItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof Menu && "menu-language".equals(item.getId()))
                .flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(item -> id.equals(item.getId())).map(RadioMenuItem.class::cast).findFirst().orElseThrow();
    }

    private void choose(FxRobot robot, String id) throws Exception {
        MenuItem item = languageItem(robot, id);
        WaitForAsyncUtils.asyncFx(item::fire).get();
        app.settle();
    }

    private List<String> shownTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getScene() != null && cell.getText() != null).map(Labeled::getText).toList();
    }

    private List<Attendance> stored() {
        return app.workspace().attendance().forMeeting(november.id());
    }

    @Test
    void choosingWelshOverUnsavedWorkThenCancelKeepsTheWorkAndEnglish(FxRobot robot) throws Exception {
        unsavedAttendance(robot);
        app.dialogs().saveChoices.add(SaveChoice.CANCEL);

        choose(robot, "menu-language-welsh");

        assertEquals(List.of("Attendance: save your changes?"), app.dialogs().saveQuestions);
        assertTrue(shownTexts(robot).contains("3 Dec 2026"), shownTexts(robot).toString());
        assertEquals(AttendanceStatus.PRESENT,
                robot.lookup("#attendance-DSIT").queryComboBox().getValue(), "the unsaved choice is still there");
        assertTrue(stage.getTitle().startsWith("\u2022 "));
        assertTrue(languageItem(robot, "menu-language-english").isSelected());
    }

    @Test
    void choosingWelshOverUnsavedWorkThenSaveStoresItAndTheWindowReadsWelsh(FxRobot robot) throws Exception {
        unsavedAttendance(robot);
        app.dialogs().saveChoices.add(SaveChoice.SAVE);

        choose(robot, "menu-language-welsh");

        assertTrue(stored().size() == 2 && stored().stream()
                .allMatch(line -> line.status() == AttendanceStatus.PRESENT), () -> stored().toString());
        List<String> texts = shownTexts(robot);
        assertTrue(texts.contains("3 Rhag 2026") && texts.contains("26 Tach 2026"), texts.toString());
        assertTrue(languageItem(robot, "menu-language-welsh").isSelected());
        assertEquals(Locale.forLanguageTag("cy-GB"), app.services().preferences().language().orElseThrow());
    }
}
