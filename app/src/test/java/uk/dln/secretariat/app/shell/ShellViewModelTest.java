package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.persistence.WorkspaceFixtures;

class ShellViewModelTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private ScriptedDialogs dialogs;
    private WorkspaceService workspaces;
    private ShellViewModel viewModel;
    private AppDirectories directories;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        directories = new AppDirectories(folder.resolve("home"));
        workspaces = new WorkspaceService(new SameThreadTaskExecutor(), preferences.preferences());
        viewModel = new ShellViewModel(workspaces, preferences.preferences(), directories, dialogs);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void firstRunCreatesTheDefaultWorkspace() {
        viewModel.openStartupWorkspace();

        assertTrue(Files.isRegularFile(directories.defaultWorkspace()));
        assertEquals(directories.defaultWorkspace(), workspaces.current().orElseThrow().localFile().orElseThrow());
        assertTrue(viewModel.windowTitleProperty().get().contains(AppDirectories.DEFAULT_WORKSPACE_NAME));
    }

    @Test
    void startUpReopensTheLastWorkspace() {
        Path chosen = folder.resolve("chosen.secretariat");
        dialogs.filesToChoose.add(chosen);
        viewModel.newWorkspace();
        workspaces.close();

        new ShellViewModel(workspaces, preferences.preferences(), directories, dialogs).openStartupWorkspace();

        assertEquals(chosen, workspaces.current().orElseThrow().localFile().orElseThrow());
    }

    @Test
    void openedWorkspacesGoToTheTopOfTheRecentList() {
        Path first = folder.resolve("first.secretariat");
        Path second = folder.resolve("second.secretariat");
        dialogs.filesToChoose.add(first);
        viewModel.newWorkspace();
        dialogs.filesToChoose.add(second);
        viewModel.newWorkspace();
        viewModel.openRecent(first);

        assertEquals(List.of(first, second), viewModel.recentWorkspaces());
    }

    @Test
    void aNewWorkspaceIsOfferedTheStandardOrganisationsLikeTheFirstOne() {
        var offers = new int[1];
        viewModel.setOnFirstRun(() -> offers[0]++);
        dialogs.filesToChoose.add(folder.resolve("second network.secretariat"));

        viewModel.newWorkspace();

        assertEquals(1, offers[0]);
    }

    @Test
    void openingAnExistingWorkspaceOffersNothing() {
        var offers = new int[1];
        viewModel.setOnFirstRun(() -> offers[0]++);
        dialogs.filesToChoose.add(folder.resolve("network.secretariat"));
        viewModel.newWorkspace();
        workspaces.close();
        dialogs.filesToChoose.add(folder.resolve("network.secretariat"));

        viewModel.openWorkspace();

        assertEquals(1, offers[0]);
    }

    @Test
    void aNewWorkspaceWillNotOverwriteAnExistingFile() throws Exception {
        Path existing = Files.writeString(folder.resolve("taken.secretariat"), "precious");
        dialogs.filesToChoose.add(existing);

        viewModel.newWorkspace();

        assertEquals("precious", Files.readString(existing));
        assertEquals(1, dialogs.errors.size());
        assertTrue(workspaces.current().isEmpty());
    }

    @Test
    void aWorkspaceFromANewerVersionIsReportedAndTheCurrentOneKept() throws Exception {
        viewModel.openStartupWorkspace();
        Path future = WorkspaceFixtures.workspaceFromTheFuture(Files.createDirectories(folder.resolve("future")));
        dialogs.filesToChoose.add(future);

        viewModel.openWorkspace();

        assertEquals(directories.defaultWorkspace(), workspaces.current().orElseThrow().localFile().orElseThrow());
        assertTrue(dialogs.errors.get(0).contains("newer version"), dialogs.errors.get(0));
    }

    @Test
    void aRecentWorkspaceThatHasGoneIsReportedAndForgotten() throws Exception {
        Path gone = folder.resolve("gone.secretariat");
        dialogs.filesToChoose.add(gone);
        viewModel.newWorkspace();
        workspaces.close();
        Files.delete(gone);

        viewModel.openRecent(gone);

        assertFalse(viewModel.recentWorkspaces().contains(gone));
        assertEquals(1, dialogs.errors.size());
    }

    @Test
    void whenTheLastWorkspaceCannotBeOpenedStartUpFallsBackToTheDefault() throws Exception {
        Path future = WorkspaceFixtures.workspaceFromTheFuture(Files.createDirectories(folder.resolve("future")));
        preferences.preferences().rememberWorkspace(future);

        viewModel.openStartupWorkspace();

        assertEquals(directories.defaultWorkspace(), workspaces.current().orElseThrow().localFile().orElseThrow());
        assertEquals(1, dialogs.errors.size());
    }
}
