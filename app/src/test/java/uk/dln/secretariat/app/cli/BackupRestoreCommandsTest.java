package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceFixtures;
import uk.dln.secretariat.persistence.backup.Backup;

class BackupRestoreCommandsTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path workspaceWith(String... shortNames) {
        Path file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file)) {
            for (String shortName : shortNames) {
                workspace.organisations().save(Organisation.create("Body " + shortName, shortName,
                        OrganisationKind.CENTRAL_UNIT));
            }
        }
        return file;
    }

    private static List<String> shortNamesIn(Path file) {
        try (var workspace = Workspace.open(file)) {
            return workspace.organisations().findAll().stream().map(Organisation::shortName).sorted().toList();
        }
    }

    @Test
    void backupPutsACheckedCopyInTheBackupsFolder() {
        Path file = workspaceWith("HO");

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "backup"));

        List<Backup> backups = Workspace.backupsOf(file).list();
        assertEquals(1, backups.size());
        assertTrue(err.toString().contains(backups.get(0).file().toString()), err.toString());
    }

    @Test
    void restoreAloneListsTheBackupsNewestFirstAndChangesNothing() throws Exception {
        Path file = workspaceWith("HO");
        run("-w", file.toString(), "backup");
        String before = WorkspaceFixtures.fingerprintOf(file);

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "restore"));

        assertTrue(out.toString().startsWith("1  "), out.toString());
        assertTrue(out.toString().contains("Made by hand"), out.toString());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void restoreByNumberPutsTheBackupBackAndKeepsTheWorkspaceAsItWas() {
        Path file = workspaceWith("HO");
        run("-w", file.toString(), "backup");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));
        }

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "restore", "1"));

        assertEquals(List.of("HO"), shortNamesIn(file));
        assertTrue(err.toString().contains("before-restore"), err.toString());
    }

    @Test
    void restoreLatestOverADamagedWorkspaceKeepsTheDamagedFileAside() throws Exception {
        Path file = workspaceWith("HO");
        run("-w", file.toString(), "backup");
        WorkspaceFixtures.damage(file);
        assertEquals(ExitCodes.DAMAGED_WORKSPACE, run("-w", file.toString(), "check"));

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "restore", "--latest"));

        assertEquals(List.of("HO"), shortNamesIn(file));
        try (var files = Files.list(folder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("Network.secretariat.damaged-")));
        }
    }

    @Test
    void restoreWithNoBackupSaysSoAndChangesNothing() throws Exception {
        Path file = workspaceWith("HO");
        String before = WorkspaceFixtures.fingerprintOf(file);

        assertEquals(ExitCodes.NO_BACKUP, run("-w", file.toString(), "restore", "--latest"));
        assertEquals(ExitCodes.NO_BACKUP, run("-w", file.toString(), "restore", "3"));

        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void restoreWhileTheAppHasTheWorkspaceOpenIsRefused() {
        Path file = workspaceWith("HO");
        run("-w", file.toString(), "backup");
        try (var open = Workspace.open(file)) {
            assertEquals(ExitCodes.UNUSABLE_WORKSPACE, run("-w", file.toString(), "restore", "1"));
            assertTrue(err.toString().contains("is open in Secretariat by"), err.toString());
        }
    }

    @Test
    void backupOfAMissingWorkspaceIsAnUnusableWorkspace() {
        assertEquals(ExitCodes.UNUSABLE_WORKSPACE, run("-w", folder.resolve("none.secretariat").toString(), "backup"));
    }
}
