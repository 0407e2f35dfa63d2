package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the file-size limit is set with the POSIX shell's ulimit")
    void checkWorksWhereNotOneByteCanBeWrittenAsOnAFullDisk() throws Exception {
        Path file = closedWorkspace();
        // The lock file of a copy that once had it open, as on any workspace in use.
        Files.createFile(WorkspaceLock.lockFileOf(file));
        var before = WorkspaceFixtures.fingerprint(folder);

        try (var check = ChildProcess.start("ulimit -f 0;", file.toString(), "check")) {
            assertEquals("intact", check.nextLine());
            assertEquals(0, check.exitStatus());
        }

        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
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
