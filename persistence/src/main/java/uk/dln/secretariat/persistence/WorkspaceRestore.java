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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;
import uk.dln.secretariat.persistence.files.PrivateFiles;

/**
 * Puts a backup in the place of a closed workspace so that a crash at any moment leaves a whole workspace, the old
 * or the new, and loses nothing (decision 0028). In order:
 * <ol>
 *   <li>the backup is copied beside the workspace as {@code <workspace>.restoring}, forced to disk and checked;</li>
 *   <li>a plan saying so is written beside it ({@code <workspace>.restore-plan});</li>
 *   <li>the workspace is kept: a sound one has its log checkpointed into it and is then backed up
 *       ({@code before-restore}), a damaged one is copied aside, with its log, under a time-stamped name;</li>
 *   <li>the plan is updated to say where it was kept, and the workspace's log files are removed (everything in
 *       them is now in the file or its copy);</li>
 *   <li>the copy is renamed over the workspace in one atomic step, and the plan deleted.</li>
 * </ol>
 * The workspace file is never missing, and until the atomic rename it is the old one. Opening a workspace beside
 * which a plan was left finishes the restore (the old workspace is kept by then) or undoes it (it is not).
 */
final class WorkspaceRestore {

    /**
     * For crash tests: the JVM halts, as if killed, on reaching the {@link Step} of this name. Read only at the
     * steps themselves, never otherwise.
     */
    static final String HALT_AT_PROPERTY = "secretariat.restore.haltAt";
    static final int HALTED = 97;

    /** The moments a restore passes through, each one a place to be killed in tests. */
    enum Step { STAGED, PLANNED, CHECKPOINTED, KEPT_ASIDE, LOGS_REMOVED, MOVED }

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRestore.class);
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final String[] COMPANIONS = {"-wal", "-shm"};

    private WorkspaceRestore() {
    }

    static RestoreResult restore(Path workspace, Path backup, Clock clock) {
        if (Files.isDirectory(workspace)) {
            throw new SecretariatException("workspace.error.folder", workspace);
        }
        if (!Files.exists(workspace)) {
            throw new SecretariatException("workspace.error.missing", workspace);
        }
        WorkspaceLock.Attempt attempt = WorkspaceLock.tryAcquire(workspace, clock);
        if (attempt instanceof WorkspaceLock.HeldElsewhere held) {
            throw WorkspaceOpener.inUse(workspace, held.holder());
        }
        if (!(attempt instanceof WorkspaceLock.Acquired acquired)) {
            throw new SecretariatException("workspace.error.cannotWrite", workspace);
        }
        try (WorkspaceLock lock = acquired.lock()) {
            finishInterruptedWhileLocked(workspace).ifPresent(done -> LOG.warn("{}: {}", workspace, done));
            requireRestorable(backup);
            Path staged = stagedOf(workspace);
            RestoreResult result;
            try {
                stage(backup, staged);
                reached(Step.STAGED);
                RestorePlan.staged(backup).write(planOf(workspace));
                reached(Step.PLANNED);
                result = keepAside(workspace, clock);
            } catch (IOException | RuntimeException e) {
                // Nothing was replaced yet: leave the workspace as it was, with nothing beside it.
                Files.deleteIfExists(staged);
                Files.deleteIfExists(planOf(workspace));
                throw e;
            }
            RestorePlan.keptAside(backup, result).write(planOf(workspace));
            reached(Step.KEPT_ASIDE);
            removeCompanions(workspace);
            reached(Step.LOGS_REMOVED);
            moveIntoPlace(staged, workspace);
            reached(Step.MOVED);
            Files.delete(planOf(workspace));
            LOG.info("Restored {} from {}; the replaced workspace is at {}", workspace, backup, result.keptAside());
            return result;
        } catch (IOException e) {
            throw new SecretariatException(e, "restore.error.failed", workspace, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Finishes or undoes a restore that was interrupted (the process killed, the power cut), if there was one and
     * nobody has the workspace open.
     *
     * @return what was done, as a message for the person opening it; empty when there was nothing to do
     */
    static Optional<Problem> finishInterrupted(Path workspace, Clock clock) {
        if (!Files.exists(planOf(workspace)) && !Files.exists(stagedOf(workspace))) {
            return Optional.empty();
        }
        if (!(WorkspaceLock.tryAcquire(workspace, clock) instanceof WorkspaceLock.Acquired acquired)) {
            // Whoever has it open will have done this on opening it.
            return Optional.empty();
        }
        try (WorkspaceLock lock = acquired.lock()) {
            return finishInterruptedWhileLocked(workspace);
        } catch (IOException e) {
            throw new SecretariatException(e, "restore.error.failed", workspace, String.valueOf(e.getMessage()));
        }
    }

    private static Optional<Problem> finishInterruptedWhileLocked(Path workspace) throws IOException {
        Path planFile = planOf(workspace);
        Path staged = stagedOf(workspace);
        Optional<RestorePlan> plan = RestorePlan.read(planFile);
        Files.deleteIfExists(RestorePlan.pendingOf(planFile));
        if (plan.isEmpty()) {
            boolean leftSomething = Files.deleteIfExists(staged) | Files.deleteIfExists(planFile);
            if (!leftSomething) {
                return Optional.empty();
            }
            // Killed while copying the backup: the workspace was not touched yet.
            LOG.warn("Deleted {}, left by a restore interrupted while copying the backup", staged);
            return Optional.of(Problem.of("workspace", "restore.interrupted.undone", workspace));
        }
        RestorePlan interrupted = plan.get();
        if (interrupted.keptAside() == null || !Files.exists(interrupted.keptAside())) {
            // The workspace was not yet kept anywhere else, so it stays: the restore is undone.
            Files.deleteIfExists(staged);
            Files.delete(planFile);
            LOG.warn("Undid the interrupted restore of {} from {}", workspace, interrupted.backup());
            return Optional.of(Problem.of("workspace", "restore.interrupted.undone", workspace));
        }
        if (Files.exists(staged)) {
            if (!WorkspaceBackups.isIntact(staged)) {
                Files.delete(staged);
                Files.delete(planFile);
                return Optional.of(Problem.of("workspace", "restore.interrupted.undone", workspace));
            }
            removeCompanions(workspace);
            moveIntoPlace(staged, workspace);
        }
        Files.delete(planFile);
        LOG.warn("Finished the interrupted restore of {} from {}; the replaced workspace is at {}", workspace,
                interrupted.backup(), interrupted.keptAside());
        return Optional.of(Problem.of("workspace", "restore.interrupted.finished", workspace,
                interrupted.backup().getFileName(), interrupted.keptAside()));
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

    /** Copies the backup beside the workspace, readable by its owner only, forces it to disk, and checks it. */
    private static void stage(Path backup, Path staged) throws IOException {
        Files.deleteIfExists(staged);
        PrivateFiles.createFile(staged);
        Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(staged);
        force(staged);
        if (!WorkspaceBackups.isIntact(staged)) {
            Files.delete(staged);
            throw new IOException(staged + " failed its check after copying");
        }
    }

    /** Keeps the workspace about to be replaced, sound (as a backup) or damaged (as a copy of its files). */
    private static RestoreResult keepAside(Path workspace, Clock clock) throws IOException {
        if (isSound(workspace)) {
            checkpoint(workspace);
            reached(Step.CHECKPOINTED);
            var backups = new WorkspaceBackups(workspace, WorkspaceFile.readOnly(workspace), clock);
            Path copy = backups.create(BackupKind.BEFORE_RESTORE).file();
            return new RestoreResult(workspace, copy, false);
        }
        Path aside = sibling(workspace, ".damaged-" + ASIDE_TIME.format(LocalDateTime.now(clock)));
        copyDurably(workspace, aside);
        for (String companion : COMPANIONS) {
            Path file = sibling(workspace, companion);
            if (Files.exists(file)) {
                copyDurably(file, sibling(aside, companion));
            }
        }
        return new RestoreResult(workspace, aside, true);
    }

    /** Moves every commit still in the write-ahead log into the file, so that removing the log loses nothing. */
    private static void checkpoint(Path workspace) {
        if (!Files.exists(sibling(workspace, "-wal"))) {
            return;
        }
        try (var connection = WorkspaceFile.readWrite(workspace).getConnection();
             var statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw WorkspaceErrors.translate(workspace, e);
        }
    }

    private static boolean isSound(Path workspace) {
        boolean sound = Files.isRegularFile(workspace)
                && WorkspaceInspector.isSound(workspace, WorkspaceFile.readOnly(workspace));
        if (!sound) {
            LOG.warn("{} is being restored over and failed its check", workspace);
        }
        return sound;
    }

    private static void removeCompanions(Path workspace) throws IOException {
        for (String companion : COMPANIONS) {
            Files.deleteIfExists(sibling(workspace, companion));
        }
    }

    private static void moveIntoPlace(Path staged, Path workspace) throws IOException {
        Files.move(staged, workspace, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(workspace.getParent());
    }

    private static void copyDurably(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        force(to);
    }

    static void force(Path file) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** So that a rename survives a power cut; not every system lets a folder be opened (Windows does not). */
    static void forceFolder(Path folder) {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Could not force the folder {} to disk", folder, e);
        }
    }

    private static void reached(Step step) {
        if (step.name().equals(System.getProperty(HALT_AT_PROPERTY))) {
            Runtime.getRuntime().halt(HALTED);
        }
    }

    static Path stagedOf(Path workspace) {
        return sibling(workspace, ".restoring");
    }

    static Path planOf(Path workspace) {
        return sibling(workspace, ".restore-plan");
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
