package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;

class RestoreTest {

    private static final Clock NOON = Clock.fixed(LocalDateTime.of(2026, 11, 23, 12, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final Clock ONE_PM = Clock.offset(NOON, java.time.Duration.ofHours(1));

    @TempDir
    Path folder;

    private Path file;

    /** A workspace with the Home Office, backed up, then the Cabinet Office added after the backup. */
    private Backup workspaceChangedSinceItsBackup() {
        file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file, NOON)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
            Backup backup = workspace.backups().create(BackupKind.MANUAL);
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.CENTRAL_UNIT));
            return backup;
        }
    }

    private List<String> organisationsIn(Path workspaceFile) {
        try (var workspace = Workspace.open(workspaceFile, ONE_PM)) {
            return workspace.organisations().findAll().stream().map(Organisation::shortName).toList();
        }
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheReplacedWorkspaceAsABackup() {
        Backup backup = workspaceChangedSinceItsBackup();

        RestoreResult result = Workspace.restore(file, backup.file(), ONE_PM);

        assertFalse(result.wasDamaged());
        assertEquals(List.of("HO"), organisationsIn(file));
        Backup keptAside = Workspace.backupsOf(file).describe(result.keptAside()).orElseThrow();
        assertEquals(BackupKind.BEFORE_RESTORE, keptAside.kind());
        assertTrue(Workspace.backupsOf(file).list().contains(keptAside));
        Path undo = folder.resolve("undo.secretariat");
        try {
            Files.copy(keptAside.file(), undo);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("CO", "HO"), organisationsIn(undo));
    }

    @Test
    void restoringOverADamagedWorkspaceRenamesItAsideUntouched() throws Exception {
        Backup backup = workspaceChangedSinceItsBackup();
        WorkspaceFixtures.damage(file);
        String damaged = WorkspaceFixtures.fingerprintOf(file);

        RestoreResult result = Workspace.restore(file, backup.file(), ONE_PM);

        assertTrue(result.wasDamaged());
        assertEquals("Network.secretariat.damaged-20261123-130000", result.keptAside().getFileName().toString());
        assertEquals(damaged, WorkspaceFixtures.fingerprintOf(result.keptAside()));
        assertEquals(List.of("HO"), organisationsIn(file));
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceLeftAsItWas() throws Exception {
        Backup backup = workspaceChangedSinceItsBackup();
        WorkspaceFixtures.damage(backup.file());
        String before = WorkspaceFixtures.fingerprintOf(file);

        var refused = assertThrows(SecretariatException.class, () -> Workspace.restore(file, backup.file(), ONE_PM));

        assertEquals("restore.error.backupDamaged", refused.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void aRestoreThatFailsBeforeReplacingAnythingLeavesTheWorkspaceAsItWasWithNothingBesideIt() throws Exception {
        Backup backup = workspaceChangedSinceItsBackup();
        Path kept = folder.resolve("kept.backup");
        Files.move(backup.file(), kept);
        // The workspace cannot be backed up before it is replaced: where its backups go is taken by a file.
        Path backupsFolder = backup.file().getParent();
        try (var files = Files.list(backupsFolder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(backupsFolder);
        Files.writeString(backupsFolder, "not a folder");
        String before = WorkspaceFixtures.fingerprintOf(file);

        var refused = assertThrows(SecretariatException.class, () -> Workspace.restore(file, kept, ONE_PM));

        assertEquals("backup.error.failed", refused.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
        assertFalse(Files.exists(WorkspaceRestore.stagedOf(file)));
        assertFalse(Files.exists(WorkspaceRestore.planOf(file)));
    }

    @Test
    void aWorkspaceThatIsOpenIsNotRestoredOver() {
        Backup backup = workspaceChangedSinceItsBackup();
        try (var open = Workspace.open(file, ONE_PM)) {
            var refused = assertThrows(SecretariatException.class, () -> Workspace.restore(file, backup.file(), ONE_PM));
            assertEquals("workspace.error.inUse", refused.messageKey());
            assertEquals(2, open.organisations().findAll().size());
        }
    }

    @Test
    void openingADamagedWorkspaceSaysSoAndLeavesItUntouched() throws Exception {
        workspaceChangedSinceItsBackup();
        WorkspaceFixtures.damage(file);
        String before = WorkspaceFixtures.fingerprintOf(file);

        var refused = assertThrows(SecretariatException.class, () -> Workspace.open(file, ONE_PM));

        assertTrue(Workspace.isDamaged(refused), refused.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + "-wal")));
    }
}
