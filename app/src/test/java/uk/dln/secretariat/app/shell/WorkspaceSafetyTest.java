package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.WorkspaceFixtures;
import uk.dln.secretariat.persistence.backup.BackupKind;

/** What the main window does when the workspace is in use elsewhere, or turns out to be damaged. */
class WorkspaceSafetyTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private ScriptedDialogs dialogs;
    private WorkspaceService workspaces;
    private ShellViewModel viewModel;
    private Path file;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        workspaces = new WorkspaceService(new SameThreadTaskExecutor(), preferences.preferences());
        viewModel = new ShellViewModel(workspaces, preferences.preferences(),
                new AppDirectories(folder.resolve("home")), dialogs);
        file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
            workspace.backups().create(BackupKind.MANUAL);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void aWorkspaceOpenElsewhereOpensReadOnlyWithANoticeSayingWho() {
        try (var elsewhere = Workspace.open(file)) {
            viewModel.open(file);

            assertTrue(workspaces.current().orElseThrow().isReadOnly());
            assertTrue(viewModel.readOnlyNoticeProperty().get().startsWith(System.getProperty("user.name") + " has this"),
                    viewModel.readOnlyNoticeProperty().get());
            assertTrue(viewModel.windowTitleProperty().get().endsWith("(read only)"));
        }
        viewModel.tryAgainForChanges();

        assertEquals("", viewModel.readOnlyNoticeProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void openingTheWorkspaceThatIsAlreadyOpenKeepsItOpenForChanges() {
        viewModel.open(file);
        viewModel.open(file);
        assertEquals("", viewModel.readOnlyNoticeProperty().get());
    }

    @Test
    void aDamagedWorkspaceIsReplacedByItsLatestBackupWhenThePersonAgrees() throws Exception {
        WorkspaceFixtures.damage(file);
        String damaged = WorkspaceFixtures.fingerprintOf(file);
        dialogs.confirmations.add(true);

        viewModel.open(file);

        WorkspaceData restored = workspaces.records().orElseThrow();
        assertEquals(1, restored.organisations().findAll().size());
        try (var files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("Network.secretariat.damaged-"))
                    .findFirst().orElseThrow();
            assertEquals(damaged, WorkspaceFixtures.fingerprintOf(aside));
        }
        assertTrue(dialogs.information.get(0).contains("damaged workspace is kept"), dialogs.information.toString());
    }

    @Test
    void aDamagedWorkspaceIsLeftAloneWhenThePersonDeclines() throws Exception {
        WorkspaceFixtures.damage(file);
        String damaged = WorkspaceFixtures.fingerprintOf(file);
        dialogs.confirmations.add(false);

        viewModel.open(file);

        assertTrue(workspaces.current().isEmpty());
        assertEquals(damaged, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void aDamagedWorkspaceWithNoBackupSaysThereIsNone() throws Exception {
        try (var backups = Files.list(folder.resolve("backups"))) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
        WorkspaceFixtures.damage(file);

        viewModel.open(file);

        assertTrue(dialogs.errors.get(0).contains("no good backup"), dialogs.errors.toString());
    }

    @Test
    void aDailyBackupThatFailedIsReported() throws Exception {
        Path other = folder.resolve("elsewhere").resolve("Other.secretariat");
        Workspace.open(other).close();
        Files.writeString(other.resolveSibling("backups"), "a file where the backups folder should be");

        viewModel.open(other);

        assertTrue(workspaces.current().isPresent());
        assertTrue(dialogs.errors.get(0).contains("Could not back up"), dialogs.errors.toString());
    }
}
