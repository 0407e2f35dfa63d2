package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.settings.NetworkSettings;

/** Two copies of the app on one workspace (decision 0008): the first may change it, the second only reads it. */
class TwoCopiesTest {

    @TempDir
    Path folder;

    private Path workspaceWithOneOrganisation() {
        Path file = folder.resolve("shared.secretariat");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        return file;
    }

    @Test
    void theSecondCopyOpensReadOnlyAndSaysWhoHasTheWorkspace() {
        Path file = workspaceWithOneOrganisation();
        try (var first = Workspace.open(file); var second = Workspace.open(file)) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly());
            var reason = second.readOnlyReason().orElseThrow();
            assertEquals("workspace.readOnly.inUse", reason.messageKey());
            assertEquals(System.getProperty("user.name"), reason.arguments().get(0));
        }
    }

    @Test
    void writesInTheReadOnlyCopyAreRefusedWithItsReasonAndChangeNothing() throws Exception {
        Path file = workspaceWithOneOrganisation();
        try (var first = Workspace.open(file); var second = Workspace.open(file)) {
            int auditEntries = first.audit().find(AuditQuery.all()).size();

            var refused = assertThrows(SecretariatException.class, () -> second.organisations().save(
                    Organisation.create("Cabinet Office", "CO", OrganisationKind.MINISTERIAL_DEPARTMENT)));
            assertEquals("workspace.error.readOnly", refused.messageKey());
            assertEquals(second.readOnlyReason().orElseThrow(), refused.arguments().get(0));
            assertThrows(SecretariatException.class, () -> second.settings().save(NetworkSettings.DEFAULTS));
            assertThrows(SecretariatException.class, () -> second.backupSettings().setKeep(3));

            assertEquals(1, first.organisations().findAll().size());
            assertEquals(auditEntries, first.audit().find(AuditQuery.all()).size());
        }
    }

    @Test
    void theReadOnlyCopySeesWhatTheFirstSaves() {
        Path file = workspaceWithOneOrganisation();
        try (var first = Workspace.open(file); var second = Workspace.open(file)) {
            first.organisations().save(Organisation.create("Cabinet Office", "CO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            assertEquals(2, second.organisations().findAll().size());
        }
    }

    @Test
    void onceTheFirstCopyClosesTheNextMayChangeTheWorkspace() {
        Path file = workspaceWithOneOrganisation();
        Workspace.open(file).close();
        try (var next = Workspace.open(file)) {
            assertFalse(next.isReadOnly());
            next.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));
        }
    }

    @Test
    void aLockFileLeftBehindWithoutALockOnItBlocksNobody() throws Exception {
        Path file = workspaceWithOneOrganisation();
        Files.writeString(WorkspaceLock.lockFileOf(file), "user=someone\nhost=elsewhere\npid=1\nsince=2026-01-01T09:00\n");
        try (var workspace = Workspace.open(file)) {
            assertFalse(workspace.isReadOnly());
        }
    }

    @Test
    void aWorkspaceThatNeedsUpgradingIsNotOpenedWhileAnotherCopyHasIt() throws Exception {
        Path file = WorkspaceFixtures.workspaceAtVersion(folder, "2");
        List<String> before = List.of(WorkspaceFixtures.fingerprintOf(file));
        var attempt = WorkspaceLock.tryAcquire(file, java.time.Clock.systemDefaultZone());
        try (var held = ((WorkspaceLock.Acquired) attempt).lock()) {
            var refused = assertThrows(SecretariatException.class, () -> Workspace.open(file));
            assertEquals("workspace.error.readOnlyNeedsUpgrade", refused.messageKey());
        }
        assertEquals(before, List.of(WorkspaceFixtures.fingerprintOf(file)));
    }
}
