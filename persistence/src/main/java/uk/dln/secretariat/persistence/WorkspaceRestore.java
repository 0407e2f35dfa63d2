package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;

/**
 * Puts a backup in the place of a closed workspace, never losing the workspace it replaces: a sound one is first
 * backed up (so the restore can itself be undone from the list of backups), a damaged one is renamed aside with a
 * time stamp. The backup is copied beside the workspace first and moved into place in one step, so the workspace
 * file is at every moment either the old one or the complete new one.
 */
final class WorkspaceRestore {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRestore.class);
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final String[] COMPANIONS = {"-wal", "-shm"};

    private WorkspaceRestore() {
    }

    static RestoreResult restore(Path workspace, Path backup, Clock clock) {
        WorkspaceLock.Attempt attempt = WorkspaceLock.tryAcquire(workspace, clock);
        if (attempt instanceof WorkspaceLock.HeldElsewhere held) {
            throw WorkspaceOpener.inUse(workspace, held.holder());
        }
        if (!(attempt instanceof WorkspaceLock.Acquired acquired)) {
            throw new SecretariatException("workspace.error.cannotWrite", workspace);
        }
        try (WorkspaceLock lock = acquired.lock()) {
            requireRestorable(backup);
            Path staged = sibling(workspace, ".restoring");
            copyDurably(backup, staged);
            RestoreResult result = putAside(workspace, clock);
            Files.move(staged, workspace, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Restored {} from {}; the replaced workspace is at {}", workspace, backup, result.keptAside());
            return result;
        } catch (IOException e) {
            throw new SecretariatException(e, "restore.error.failed", workspace, String.valueOf(e.getMessage()));
        }
    }

    /** The backup must be sound and a workspace this version can open. */
    private static void requireRestorable(Path backup) {
        if (!WorkspaceBackups.isIntact(backup)) {
            throw new SecretariatException("restore.error.backupDamaged", backup);
        }
        var readOnly = WorkspaceFile.readOnly(backup);
        try (var connection = readOnly.getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
            if (!rows.next() || rows.getInt(1) == 0) {
                throw new SecretariatException("workspace.error.notWorkspace", backup);
            }
        } catch (SQLException e) {
            throw WorkspaceErrors.translate(backup, e);
        }
        var status = SchemaVersions.read(readOnly);
        if (status.fileIsNewer()) {
            throw new SecretariatException("workspace.error.newer", backup, status.fileVersion(), status.appVersion());
        }
    }

    private static RestoreResult putAside(Path workspace, Clock clock) throws IOException {
        if (!Files.exists(workspace)) {
            return new RestoreResult(workspace, null, false);
        }
        if (isSound(workspace)) {
            var backups = new WorkspaceBackups(workspace, WorkspaceFile.readOnly(workspace), clock);
            Path copy = backups.create(BackupKind.BEFORE_RESTORE).file();
            // Everything committed is in the copy; a log left beside the new file would be replayed into it.
            for (String companion : COMPANIONS) {
                Files.deleteIfExists(sibling(workspace, companion));
            }
            return new RestoreResult(workspace, copy, false);
        }
        Path aside = sibling(workspace, ".damaged-" + ASIDE_TIME.format(LocalDateTime.now(clock)));
        Files.move(workspace, aside);
        for (String companion : COMPANIONS) {
            Path file = sibling(workspace, companion);
            if (Files.exists(file)) {
                Files.move(file, sibling(aside, companion));
            }
        }
        return new RestoreResult(workspace, aside, true);
    }

    private static boolean isSound(Path workspace) {
        boolean sound = WorkspaceInspector.isSound(workspace, WorkspaceFile.readOnly(workspace));
        if (!sound) {
            LOG.warn("{} is being restored over and failed its check", workspace);
        }
        return sound;
    }

    private static void copyDurably(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (var channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
