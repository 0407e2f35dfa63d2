package uk.dln.secretariat.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceFixtures;
import uk.dln.secretariat.persistence.files.Temporaries;

class BackupsTest {

    private static final LocalDateTime MONDAY_NINE = LocalDateTime.of(2026, 11, 23, 9, 0);

    @TempDir
    Path folder;

    private static Clock at(LocalDateTime time) {
        return Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private Path workspaceWithHomeOffice() {
        Path file = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        return file;
    }

    private static List<BackupKind> kinds(Workspace workspace) {
        return workspace.backups().list().stream().map(Backup::kind).toList();
    }

    @Test
    void theFirstOpenOfEachDayMakesOneBackup() {
        Path file = workspaceWithHomeOffice();
        Workspace.open(file, at(MONDAY_NINE.plusHours(1))).close();
        Workspace.open(file, at(MONDAY_NINE.plusHours(2))).close();
        try (var tuesday = Workspace.open(file, at(MONDAY_NINE.plusDays(1)))) {
            List<Backup> backups = tuesday.backups().list();
            assertEquals(List.of(BackupKind.DAILY, BackupKind.DAILY), backups.stream().map(Backup::kind).toList());
            assertEquals(MONDAY_NINE.plusDays(1), backups.get(0).madeAt());
            assertEquals(MONDAY_NINE.plusHours(1), backups.get(1).madeAt());
            assertTrue(backups.get(0).sizeBytes() > 0);
            assertEquals(file.resolveSibling("backups"), backups.get(0).file().getParent());
        }
    }

    @Test
    void aBackupIsACompleteCopyThatPassesTheCheck() throws SQLException {
        Path file = workspaceWithHomeOffice();
        Backup backup;
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            backup = workspace.backups().create(BackupKind.MANUAL);
        }
        assertTrue(WorkspaceBackups.isIntact(backup.file()));
        assertEquals("Network 2026-11-23 09-00-00 manual.backup", backup.file().getFileName().toString());
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + backup.file());
             var rows = connection.createStatement().executeQuery("SELECT name FROM organisation")) {
            assertTrue(rows.next());
            assertEquals("Home Office", rows.getString(1));
        }
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheFileAsItWas() throws Exception {
        Path file = WorkspaceFixtures.workspaceAtVersion(folder, "2");
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            Backup before = workspace.backups().list().get(0);
            assertEquals(BackupKind.BEFORE_UPGRADE, before.kind());
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + before.file());
                 var rows = connection.createStatement().executeQuery(
                         "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
                rows.next();
                assertEquals(2, rows.getInt(1));
            }
        }
    }

    @Test
    void noUpgradeWithoutABackupAndTheFileIsLeftAsItWas() throws Exception {
        Path file = WorkspaceFixtures.workspaceAtVersion(folder, "2");
        Files.writeString(folder.resolve(WorkspaceBackups.FOLDER), "a file where the backups folder should be");
        String before = WorkspaceFixtures.fingerprintOf(file);

        var refused = assertThrows(SecretariatException.class, () -> Workspace.open(file, at(MONDAY_NINE)));

        assertEquals("workspace.error.noBackupNoUpgrade", refused.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprintOf(file));
    }

    @Test
    void aDailyBackupThatCannotBeMadeIsAWarningNotARefusal() throws Exception {
        Path file = workspaceWithHomeOffice();
        Files.writeString(folder.resolve(WorkspaceBackups.FOLDER), "a file where the backups folder should be");
        try (var workspace = Workspace.open(file, at(MONDAY_NINE.plusHours(1)))) {
            assertEquals("backup.error.failed", workspace.warnings().get(0).messageKey());
            assertEquals(1, workspace.organisations().findAll().size());
        }
    }

    @Test
    void onlyTheNewestDailyAndManualBackupsAreKept() {
        Path file = workspaceWithHomeOffice();
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            workspace.backupSettings().setKeep(2);
        }
        for (int day = 1; day <= 4; day++) {
            Workspace.open(file, at(MONDAY_NINE.plusDays(day))).close();
        }
        try (var workspace = Workspace.open(file, at(MONDAY_NINE.plusDays(4)))) {
            workspace.backups().create(BackupKind.BEFORE_RESTORE);
            workspace.backups().prune(2);
            List<Backup> left = workspace.backups().list();
            assertEquals(List.of(BackupKind.BEFORE_RESTORE, BackupKind.DAILY, BackupKind.DAILY), kinds(workspace));
            assertEquals(MONDAY_NINE.plusDays(4), left.get(1).madeAt());
            assertEquals(MONDAY_NINE.plusDays(3), left.get(2).madeAt());
        }
    }

    @Test
    void theNumberToKeepIsStoredInTheWorkspaceWithinLimits() {
        Path file = workspaceWithHomeOffice();
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            assertEquals(BackupSettings.DEFAULT_KEEP, workspace.backupSettings().keep());
            workspace.backupSettings().setKeep(7);
            assertThrows(ValidationException.class, () -> workspace.backupSettings().setKeep(0));
        }
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            assertEquals(7, workspace.backupSettings().keep());
        }
    }

    @Test
    void otherFilesInTheBackupsFolderAreNotListed() throws Exception {
        Path file = workspaceWithHomeOffice();
        Path backups = Files.createDirectories(folder.resolve(WorkspaceBackups.FOLDER));
        Files.writeString(backups.resolve("Other Network 2026-11-23 09-00-00 daily.backup"), "another workspace's");
        Files.writeString(backups.resolve("Network 2026-11-23 09-00-00 daily.backup.partial"), "unfinished");
        Files.writeString(backups.resolve("notes.txt"), "hello");
        try (var workspace = Workspace.open(file, at(MONDAY_NINE.plusHours(1)))) {
            List<Backup> listed = workspace.backups().list();
            assertEquals(List.of(BackupKind.DAILY), kinds(workspace), "only the day's own backup");
            assertEquals("Network 2026-11-23 10-00-00 daily.backup", listed.get(0).file().getFileName().toString());
        }
    }

    @Test
    void theNextBackupDeletesWhatAnInterruptedOneLeftBehind() throws Exception {
        Path file = workspaceWithHomeOffice();
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path backups = Files.createDirectories(folder.resolve(WorkspaceBackups.FOLDER));
        Path leftover = backups.resolve("Network 2026-11-23 09-00-00 manual.backup.tmp-" + ended.pid() + "-"
                + Temporaries.host() + "-1.partial");
        Files.writeString(leftover, "cut short");

        Workspace.backUp(file, at(MONDAY_NINE.plusHours(1)));

        assertFalse(Files.exists(leftover), leftover + " is left over");
        try (var files = Files.list(backups)) {
            assertEquals(List.of("Network 2026-11-23 10-00-00 manual.backup"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void theLatestGoodBackupSkipsADamagedOne() throws Exception {
        Path file = workspaceWithHomeOffice();
        try (var workspace = Workspace.open(file, at(MONDAY_NINE))) {
            Backup older = workspace.backups().create(BackupKind.MANUAL);
            Backup newer = new WorkspaceBackups(file, null, at(MONDAY_NINE.plusHours(1))).describe(
                    Files.copy(older.file(), older.file().resolveSibling("Network 2026-11-23 10-00-00 manual.backup")))
                    .orElseThrow();
            WorkspaceFixtures.damage(newer.file());

            assertFalse(WorkspaceBackups.isIntact(newer.file()));
            assertEquals(older.file(), workspace.backups().latestGood().orElseThrow().file());
        }
    }
}
