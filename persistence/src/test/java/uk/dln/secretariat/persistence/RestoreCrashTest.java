package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;

/**
 * A restore killed at each of its steps, in a copy of the app started for it: the workspace file is always there,
 * whole, and is the old workspace (with every commit, even those still only in its log) or the restored one; the
 * next opening finishes or undoes the restore, says which, and leaves no temporary file behind.
 */
class RestoreCrashTest {

    @TempDir
    Path folder;

    private Path file;

    /** A backup holding HO; then commits made by a copy killed mid-write, so they are still only in the log. */
    private Backup workspaceWithCommitsOnlyInItsLog(Set<String> saved) throws Exception {
        file = folder.resolve("Network.secretariat");
        Backup backup;
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.CENTRAL_UNIT));
            backup = workspace.backups().create(BackupKind.MANUAL);
        }
        try (var writer = ChildProcess.start(null, file.toString(), "write")) {
            assertEquals("writable", writer.nextLine());
            for (int i = 0; i < 5; i++) {
                saved.add(writer.nextLine().substring("saved ".length()));
            }
            writer.kill();
            writer.remainingLines().forEach(line -> saved.add(line.substring("saved ".length())));
        }
        assertTrue(Files.size(file.resolveSibling(file.getFileName() + "-wal")) > 0, "commits wait in the log");
        return backup;
    }

    private static Set<String> idsIn(Workspace workspace) {
        var ids = new TreeSet<String>();
        workspace.organisations().findAll().forEach(o -> ids.add(String.valueOf(o.id())));
        return ids;
    }

    private List<String> leftovers() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.contains(".restoring") || name.contains(".restore-plan")).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(WorkspaceRestore.Step.class)
    void aRestoreKilledAtThisStepLeavesAWholeWorkspaceAndIsFinishedOrUndoneOnOpening(WorkspaceRestore.Step step)
            throws Exception {
        var savedSinceTheBackup = new TreeSet<String>();
        Backup backup = workspaceWithCommitsOnlyInItsLog(savedSinceTheBackup);

        try (var restore = ChildProcess.start(null, List.of(WorkspaceRestore.HALT_AT_PROPERTY + "=" + step.name()),
                file.toString(), "restore", backup.file().toString())) {
            assertEquals(WorkspaceRestore.HALTED, restore.exitStatus(), "halted at " + step);
        }
        assertTrue(Files.isRegularFile(file), "the workspace file is there after a kill at " + step);

        boolean finished = step.compareTo(WorkspaceRestore.Step.KEPT_ASIDE) >= 0;
        try (var workspace = Workspace.open(file)) {
            List<String> said = workspace.warnings().stream().map(Problem::messageKey).toList();
            assertEquals(List.of(finished ? "restore.interrupted.finished" : "restore.interrupted.undone"), said);
            Set<String> ids = idsIn(workspace);
            if (finished) {
                assertEquals(1, ids.size(), "only the backup's Home Office: " + ids);
            } else {
                assertTrue(ids.containsAll(savedSinceTheBackup), "every commit kept: " + ids);
            }
        }
        assertEquals(List.of(), leftovers());
        assertTrue(Workspace.check(file).intact());
        if (finished) {
            Backup keptAside = Workspace.backupsOf(file).list().stream()
                    .filter(b -> b.kind() == BackupKind.BEFORE_RESTORE).findFirst().orElseThrow();
            Path undo = folder.resolve("undo.secretariat");
            Files.copy(keptAside.file(), undo);
            try (var replaced = Workspace.open(undo)) {
                assertTrue(idsIn(replaced).containsAll(savedSinceTheBackup),
                        "the replaced workspace, with the commits that were only in its log, is kept aside");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = WorkspaceRestore.Step.class, names = "CHECKPOINTED", mode = EnumSource.Mode.EXCLUDE)
    void aRestoreOverADamagedWorkspaceKilledAtThisStepLosesNeitherFile(WorkspaceRestore.Step step)
            throws Exception {
        Backup backup = workspaceWithCommitsOnlyInItsLog(new TreeSet<>());
        // Only the main file is damaged; its log, with the latest commits, is kept with it.
        WorkspaceFixtures.damage(file);
        String damaged = WorkspaceFixtures.fingerprintOf(file);

        try (var restore = ChildProcess.start(null, List.of(WorkspaceRestore.HALT_AT_PROPERTY + "=" + step.name()),
                file.toString(), "restore", backup.file().toString())) {
            assertEquals(WorkspaceRestore.HALTED, restore.exitStatus(), "halted at " + step);
        }
        assertTrue(Files.isRegularFile(file), "the workspace file is there after a kill at " + step);

        if (step.compareTo(WorkspaceRestore.Step.KEPT_ASIDE) >= 0) {
            try (var workspace = Workspace.open(file)) {
                assertEquals(List.of("restore.interrupted.finished"),
                        workspace.warnings().stream().map(Problem::messageKey).toList());
                assertEquals(1, workspace.organisations().findAll().size());
            }
            try (var files = Files.list(folder)) {
                Path aside = files.filter(f -> f.getFileName().toString().matches("Network\\.secretariat\\.damaged-\\d{8}-\\d{6}"))
                        .findFirst().orElseThrow();
                assertEquals(damaged, WorkspaceFixtures.fingerprintOf(aside), "the damaged file is kept, byte for byte");
                assertTrue(Files.exists(aside.resolveSibling(aside.getFileName() + "-wal")), "with its log");
            }
        } else {
            assertThrows(SecretariatException.class, () -> Workspace.open(file), "still the damaged workspace");
            assertEquals(damaged, WorkspaceFixtures.fingerprintOf(file));
            assertTrue(Files.size(file.resolveSibling(file.getFileName() + "-wal")) > 0, "its log is still beside it");
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aRestoreThatRunsToTheEndLeavesNoPlanAndNoCopyBehind() throws Exception {
        Backup backup = workspaceWithCommitsOnlyInItsLog(new TreeSet<>());

        try (var restore = ChildProcess.start(null, file.toString(), "restore", backup.file().toString())) {
            assertEquals("restored", restore.nextLine());
            assertEquals(0, restore.exitStatus());
        }

        assertEquals(List.of(), leftovers());
        try (var workspace = Workspace.open(file)) {
            assertEquals(List.of(), workspace.warnings());
            assertEquals(1, workspace.organisations().findAll().size());
        }
    }
}
