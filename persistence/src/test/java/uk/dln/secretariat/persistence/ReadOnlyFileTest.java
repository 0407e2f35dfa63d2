package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/**
 * A workspace this user may not change opens read only and refuses writes with a message saying why. The read-only
 * connection itself (what makes writes impossible) is also proved by {@link TwoCopiesTest}, which runs anywhere.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
class ReadOnlyFileTest {

    @TempDir
    Path folder;

    private Path file;

    @AfterEach
    void letTheTemporaryFolderBeDeleted() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (file != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private Path workspaceWithHomeOffice() {
        file = folder.resolve("w.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
        }
        return file;
    }

    /** The superuser may write whatever the permissions say, so there is nothing to test as root. */
    private static void assumePermissionsBind(Path path) {
        assumeFalse(Files.isWritable(path), "running as a user whom permissions do not stop (root)");
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndRefusesChanges() throws Exception {
        Path file = workspaceWithHomeOffice();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumePermissionsBind(file);
        String before = WorkspaceFixtures.fingerprintOf(file);

        try (var workspace = Workspace.open(file)) {
            assertTrue(workspace.isReadOnly());
            assertEquals("workspace.readOnly.noPermission", workspace.readOnlyReason().orElseThrow().messageKey());
            assertEquals(1, workspace.organisations().findAll().size());
            var refused = assertThrows(SecretariatException.class, () -> workspace.organisations().save(
                    Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT)));
            assertEquals("workspace.error.readOnly", refused.messageKey());
        }
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void aWorkspaceInAFolderThisUserCannotWriteOpensReadOnly() throws Exception {
        Path file = workspaceWithHomeOffice();
        Files.deleteIfExists(WorkspaceLock.lockFileOf(file));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        assumePermissionsBind(folder);

        try (var workspace = Workspace.open(file)) {
            assertTrue(workspace.isReadOnly());
            assertEquals(1, workspace.organisations().findAll().size());
        }
    }
}
