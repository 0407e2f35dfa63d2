package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;

/**
 * Damage that only SQLite's full integrity check sees: one letter changed in an index entry. Every page is still
 * well formed, so the quick check passes; the index no longer matches its table.
 */
class IndexDamageTest {

    private static final Clock NOON = Clock.fixed(LocalDateTime.of(2026, 11, 23, 12, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final String SHORT_NAMES = "sqlite_autoindex_organisation_1";

    @TempDir
    Path folder;

    private Path workspaceWithADamagedIndex() throws Exception {
        Path file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file, NOON)) {
            workspace.organisations().save(Organisation.create("Home Office", "HOMEOFFICE",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            workspace.organisations().save(Organisation.create("Cabinet Office", "CABINETOFFICE",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        WorkspaceFixtures.damageIndex(file, SHORT_NAMES, "CABINETOFFICE");
        return file;
    }

    private static String pragma(Path file, String pragma) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
             var rows = connection.createStatement().executeQuery(pragma)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theDamageIsOneThatOnlyTheFullCheckSees() throws Exception {
        Path file = workspaceWithADamagedIndex();

        assertEquals("ok", pragma(file, "PRAGMA quick_check"));
        assertFalse("ok".equals(pragma(file, "PRAGMA integrity_check")));
    }

    @Test
    void openingRefusesItAsDamagedAndLeavesItUntouched() throws Exception {
        Path file = workspaceWithADamagedIndex();
        String before = WorkspaceFixtures.fingerprintOf(file);

        var refused = assertThrows(SecretariatException.class, () -> Workspace.open(file, NOON));

        assertTrue(Workspace.isDamaged(refused), refused.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void backingItUpIsRefusedAsDamaged() throws Exception {
        Path file = workspaceWithADamagedIndex();

        var refused = assertThrows(SecretariatException.class, () -> Workspace.backUp(file, NOON));

        assertEquals(WorkspaceErrors.DAMAGED, refused.messageKey());
        assertEquals(0, Workspace.backupsOf(file).list().size());
    }

    @Test
    void checkReportsIt() throws Exception {
        Path file = workspaceWithADamagedIndex();

        assertFalse(Workspace.check(file).intact());
    }

    @Test
    void aBackupWithADamagedIndexFailsTheBackupCheck() throws Exception {
        Path file = workspaceWithADamagedIndex();

        assertFalse(WorkspaceBackups.isIntact(file));
    }

    @Test
    void theLatestGoodBackupPassesOverDamagedEmptyAndForeignNewerOnes() throws Exception {
        Path file = folder.resolve("Network.secretariat");
        Backup good;
        try (var workspace = Workspace.open(file, NOON)) {
            workspace.organisations().save(Organisation.create("Home Office", "HOMEOFFICE",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            good = workspace.backups().create(BackupKind.MANUAL);
        }
        WorkspaceBackups backups = Workspace.backupsOf(file);
        Path damaged = backups.folder().resolve("Network 2026-11-23 13-00-00 manual.backup");
        Files.copy(good.file(), damaged);
        WorkspaceFixtures.damageIndex(damaged, SHORT_NAMES, "HOMEOFFICE");
        Files.createFile(backups.folder().resolve("Network 2026-11-23 14-00-00 manual.backup"));
        Path foreign = backups.folder().resolve("Network 2026-11-23 15-00-00 manual.backup");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            connection.createStatement().execute("CREATE TABLE recipes (name TEXT)");
        }

        assertEquals(4, backups.list().size());
        assertEquals(good.file(), backups.latestGood().orElseThrow().file());
    }
}
