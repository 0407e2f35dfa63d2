package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;

/** Workspaces and their backups hold personal data: on Linux and macOS only their owner may read them. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewWorkspaceItsFolderItsLogAndItsBackupsAreTheOwnersAlone() throws Exception {
        Path file = folder.resolve("new folder").resolve("Network.secretariat");
        Backup backup;
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
            assertEquals("rw-------", mode(file.resolveSibling(file.getFileName() + "-wal")));
            backup = workspace.backups().create(BackupKind.MANUAL);
        }

        assertEquals("rwx------", mode(file.getParent()));
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(backup.file().getParent()));
        assertEquals("rw-------", mode(backup.file()));
    }

    @Test
    void aRestoredWorkspaceIsTheOwnersAlone() throws Exception {
        Path file = folder.resolve("Network.secretariat");
        Backup backup;
        try (var workspace = Workspace.open(file)) {
            backup = workspace.backups().create(BackupKind.MANUAL);
        }
        Files.setPosixFilePermissions(backup.file(), PosixFilePermissions.fromString("rw-r--r--"));

        Workspace.restore(file, backup.file(), java.time.Clock.systemDefaultZone());

        assertEquals("rw-------", mode(file));
    }
}
