package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.support.TextEditor;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;

/** The window asks about unsaved work before another section, another workspace or quitting, and shows it. */
class ShellChangesTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private ScriptedDialogs dialogs;
    private WorkspaceService workspaces;
    private ShellViewModel shell;
    private final TextEditor attendance = new TextEditor("Attendance");
    private final TextEditor organisation = new TextEditor("Organisation");

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        workspaces = new WorkspaceService(new SameThreadTaskExecutor(), preferences.preferences());
        shell = new ShellViewModel(workspaces, preferences.preferences(), new AppDirectories(folder.resolve("home")),
                dialogs, Clock.fixed(Instant.parse("2026-12-03T10:42:00Z"), ZoneOffset.UTC));
        shell.guard(Section.MEETINGS, new ChangeGuard(dialogs).watch(attendance));
        shell.guard(Section.DIRECTORY, new ChangeGuard(dialogs).watch(organisation));
        shell.openStartupWorkspace();
        shell.selectedSectionProperty().set(Section.MEETINGS);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void theTitleCarriesAMarkWhileAnythingIsUnsaved() {
        String clean = shell.windowTitleProperty().get();

        attendance.text.set("DSIT present");

        assertEquals("\u2022 " + clean, shell.windowTitleProperty().get());
        attendance.text.set("");
        assertEquals(clean, shell.windowTitleProperty().get());
    }

    @Test
    void anotherSectionWithUnsavedChangesThenCancelStaysInTheSection() {
        attendance.text.set("DSIT present");
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        shell.goTo(Section.ROADMAPS);

        assertEquals(Section.MEETINGS, shell.selectedSectionProperty().get());
        assertEquals("DSIT present", attendance.text.get());
    }

    @Test
    void anotherSectionAsksOnlyAboutTheSectionShowing() {
        organisation.text.set("Cabinet Office");

        shell.goTo(Section.ROADMAPS);

        assertEquals(Section.ROADMAPS, shell.selectedSectionProperty().get());
        assertTrue(dialogs.saveQuestions.isEmpty());
    }

    @Test
    void quittingAsksAboutEverySectionAndCancelKeepsTheAppOpen() {
        organisation.text.set("Cabinet Office");
        attendance.text.set("DSIT present");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        var quit = new ArrayList<String>();

        shell.quit(() -> quit.add("quit"));

        assertTrue(quit.isEmpty());
        assertEquals(List.of("Attendance: save your changes?", "Organisation: save your changes?"),
                dialogs.saveQuestions);
        assertEquals(List.of("DSIT present"), attendance.stored);
    }

    @Test
    void quittingWithNothingUnsavedQuitsAtOnce() {
        var quit = new ArrayList<String>();

        shell.quit(() -> quit.add("quit"));

        assertEquals(List.of("quit"), quit);
    }

    @Test
    void openingAnotherWorkspaceOverUnsavedChangesThenCancelKeepsTheOpenOne() {
        Path open = workspaces.current().orElseThrow().localFile().orElseThrow();
        attendance.text.set("DSIT present");
        dialogs.filesToChoose.add(folder.resolve("other.secretariat"));

        shell.newWorkspace();

        assertEquals(open, workspaces.current().orElseThrow().localFile().orElseThrow());
        assertEquals(1, dialogs.filesToChoose.size(), "the file chooser is not even shown");
    }

    @Test
    void aSaveIsConfirmedWithWhatAndWhen() {
        attendance.text.set("DSIT present");

        shell.saveInFront(null);

        assertEquals("Attendance saved, 10:42", shell.savedNoticeProperty().get());
        assertFalse(shell.changes().isDirty());
    }

    @Test
    void ctrlSSavesTheEditorInFrontRatherThanTheFirst() {
        attendance.text.set("DSIT present");
        organisation.text.set("Cabinet Office");

        shell.saveInFront(organisation);

        assertEquals(List.of("Cabinet Office"), organisation.stored);
        assertTrue(attendance.stored.isEmpty());
        assertEquals("Organisation saved, 10:42", shell.savedNoticeProperty().get());
    }
}
