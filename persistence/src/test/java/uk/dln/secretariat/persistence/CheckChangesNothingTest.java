package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** {@code check} reads and creates nothing: no lock file, no log, not even for a path with nothing there. */
class CheckChangesNothingTest {

    @TempDir
    Path folder;

    private Path closedWorkspace() throws Exception {
        Path file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
        }
        Files.deleteIfExists(WorkspaceLock.lockFileOf(file));
        return file;
    }

    @Test
    void checkingAClosedWorkspaceLeavesNoLockFileAndNoLog() throws Exception {
        Path file = closedWorkspace();
        var before = WorkspaceFixtures.fingerprint(folder);

        assertTrue(Workspace.check(file).intact());

        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void checkingAWorkspaceWhileItIsOpenElsewhereReadsThroughItsLog() throws Exception {
        Path file = closedWorkspace();
        try (var open = Workspace.open(file)) {
            open.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));

            var health = Workspace.check(file);

            assertTrue(health.intact());
            assertEquals(2, open.organisations().findAll().size());
        }
    }

    @Test
    void checkingAMissingPathCreatesNothing() throws Exception {
        Path missing = folder.resolve("Mistyped.secretariat");

        var refused = assertThrows(SecretariatException.class, () -> Workspace.check(missing));

        assertEquals("workspace.error.missing", refused.messageKey());
        assertEquals(0, WorkspaceFixtures.fingerprint(folder).size());
    }

    @Test
    void checkingAFolderSaysItIsAFolder() {
        var refused = assertThrows(SecretariatException.class, () -> Workspace.check(folder));

        assertEquals("workspace.error.folder", refused.messageKey());
    }

    @Test
    void anEmptyFileIsNotAWorkspaceAndStaysEmpty() throws Exception {
        Path empty = Files.createFile(folder.resolve("Empty.secretariat"));

        var refused = assertThrows(SecretariatException.class, () -> Workspace.check(empty));

        assertEquals("workspace.error.empty", refused.messageKey());
        assertEquals(0, Files.size(empty));
        assertEquals(1, WorkspaceFixtures.fingerprint(folder).size());
    }

    @Test
    void openingAnExistingWorkspaceRefusesAMissingPathAndCreatesNothing() throws Exception {
        Path missing = folder.resolve("sub").resolve("Mistyped.secretariat");

        var refused = assertThrows(SecretariatException.class, () -> Workspace.openExisting(missing));

        assertEquals("workspace.error.missing", refused.messageKey());
        assertEquals(0, WorkspaceFixtures.fingerprint(folder).size());
    }
}
