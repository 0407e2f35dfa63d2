package uk.dln.secretariat.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.BackupKind;

class BackupsViewModelTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private ScriptedDialogs dialogs;
    private WorkspaceService workspaces;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> {
            throw new AssertionError(error);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private Workspace workspace() {
        return (Workspace) workspaces.current().orElseThrow();
    }

    private BackupsViewModel viewModel() {
        var viewModel = new BackupsViewModel(workspace(), workspaces, new SameThreadTaskExecutor(),
                new RestoreFlow(workspaces, dialogs));
        viewModel.load();
        return viewModel;
    }

    @Test
    void backingUpNowListsTheNewBackupFirst() {
        var viewModel = viewModel();
        assertTrue(viewModel.backups().isEmpty());

        viewModel.backUpNow();

        assertEquals(1, viewModel.backups().size());
        assertEquals("Made by hand", viewModel.backups().get(0).kind());
        assertEquals(viewModel.backups().get(0), viewModel.selectedProperty().get());
        assertTrue(viewModel.messageProperty().get().startsWith("A backup ("), viewModel.messageProperty().get());
    }

    @Test
    void keepingFewerBackupsDeletesTheOldestAtOnce() {
        var viewModel = viewModel();
        for (int i = 0; i < 3; i++) {
            workspace().backups().create(BackupKind.MANUAL);
        }

        viewModel.keepProperty().set(1);
        viewModel.saveKeep();

        assertEquals(1, viewModel.backups().size());
        assertEquals(1, workspace().backupSettings().keep());
    }

    @Test
    void restoringAfterConfirmingReopensTheWorkspaceAsTheBackupHadIt() {
        workspace().organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
        var viewModel = viewModel();
        viewModel.backUpNow();
        Workspace before = workspace();
        before.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));

        dialogs.confirmations.add(true);
        assertTrue(viewModel.restoreSelected());

        assertNotSame(before, workspace());
        assertEquals(1, workspace().organisations().findAll().size());
        assertTrue(dialogs.information.get(0).contains("kept as a backup"), dialogs.information.toString());
        assertEquals(BackupKind.BEFORE_RESTORE, workspace().backups().list().get(0).kind());
    }

    @Test
    void decliningTheRestoreChangesNothing() {
        var viewModel = viewModel();
        viewModel.backUpNow();
        Workspace before = workspace();

        dialogs.confirmations.add(false);
        assertFalse(viewModel.restoreSelected());

        assertEquals(before, workspace());
        assertEquals(1, workspace().backups().list().size());
    }
}
