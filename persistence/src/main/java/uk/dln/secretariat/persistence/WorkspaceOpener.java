package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;
import uk.dln.secretariat.persistence.files.PrivateFiles;

/**
 * The steps of opening a workspace, in the order that keeps it safe: take the lock (or settle for read only), check
 * the file without writing, back it up before any upgrade, upgrade, then make the day's backup.
 */
final class WorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpener.class);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private WorkspaceOpener() {
    }

    static Workspace open(Path file, Clock clock, Consumer<SQLiteConfig> tuning) {
        Optional<Problem> interruptedRestore = WorkspaceRestore.finishInterrupted(file, clock);
        Workspace workspace = openAsItIs(file, clock, tuning);
        interruptedRestore.ifPresent(workspace::warn);
        return workspace;
    }

    private static Workspace openAsItIs(Path file, Clock clock, Consumer<SQLiteConfig> tuning) {
        boolean exists = Files.exists(file);
        // Refuse what is not ours before so much as a lock file appears beside it.
        SchemaVersions.SchemaStatus status = exists
                ? WorkspaceInspector.refuseUnusable(file, WorkspaceFile.readOnly(file)) : null;
        if (!exists) {
            createParentFolder(file);
        }
        WorkspaceLock.Attempt attempt = WorkspaceLock.tryAcquire(file, clock);
        if (attempt instanceof WorkspaceLock.Acquired acquired) {
            if (!exists || Files.isWritable(file)) {
                try {
                    return openForChanges(file, status, acquired.lock(), clock, tuning);
                } catch (RuntimeException e) {
                    acquired.lock().close();
                    throw e;
                }
            }
            acquired.lock().close();
        }
        if (!exists) {
            throw attempt instanceof WorkspaceLock.HeldElsewhere held ? inUse(file, held.holder())
                    : new SecretariatException("workspace.error.cannotWrite", file);
        }
        Problem reason = attempt instanceof WorkspaceLock.HeldElsewhere held ? inUseReason(held.holder())
                : Problem.of("workspace", "workspace.readOnly.noPermission", file);
        // Reading alongside a writer means sharing its write-ahead log, and SQLite must be able to create the log's
        // index beside the file for that; a user who may not write in the folder reads the file as it lies (or
        // through the log a writer left) instead.
        DataSource dataSource = Files.isWritable(file.getParent())
                ? WorkspaceFile.readOnlyShared(file) : WorkspaceFile.readOnly(file);
        return openReadOnly(file, status, reason, dataSource, clock);
    }

    /** @param status the file's schema versions; null for a new file */
    private static Workspace openForChanges(Path file, SchemaVersions.SchemaStatus status, WorkspaceLock lock,
                                            Clock clock, Consumer<SQLiteConfig> tuning) {
        if (status != null) {
            // Holding the lock, nobody else can be writing, so the file may be read as it lies.
            WorkspaceInspector.requireIntact(file, WorkspaceFile.readOnly(file));
        } else {
            createOwnerOnly(file);
        }
        HikariDataSource connections = WorkspaceConnections.pooled(file, WorkspaceFile.readWrite(file, tuning), false);
        try {
            var backups = new WorkspaceBackups(file, connections, clock);
            if (status != null && status.needsUpgrade()) {
                backUpBeforeUpgrade(file, backups);
            }
            migrate(file, connections);
            var workspace = new Workspace(file, connections, clock, lock, null);
            if (status != null) {
                dailyBackup(workspace);
            }
            LOG.info("Opened workspace {}", file);
            return workspace;
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    private static void migrate(Path file, DataSource connections) {
        try {
            var result = SchemaVersions.flyway(connections).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Migrated {} to schema version {}", file, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw WorkspaceErrors.translate(file, e);
        }
    }

    /** Someone else is changing it, or this user may not: it opens to be read, and every write is refused. */
    private static Workspace openReadOnly(Path file, SchemaVersions.SchemaStatus status, Problem reason,
                                          DataSource dataSource, Clock clock) {
        WorkspaceInspector.requireIntact(file, dataSource);
        if (status.hasPendingMigrations()) {
            throw new SecretariatException("workspace.error.readOnlyNeedsUpgrade", file, reason);
        }
        LOG.info("Opened workspace {} read only: {}", file, reason.messageKey());
        return new Workspace(file, WorkspaceConnections.pooled(file, dataSource, true), clock, null, reason);
    }

    private static void backUpBeforeUpgrade(Path file, WorkspaceBackups backups) {
        try {
            backups.create(BackupKind.BEFORE_UPGRADE);
        } catch (SecretariatException e) {
            throw new SecretariatException(e, "workspace.error.noBackupNoUpgrade", file,
                    new Problem("backup", e.messageKey(), e.arguments()));
        }
    }

    /** A failed daily backup must not stop the day's work, but the person must hear of it. */
    private static void dailyBackup(Workspace workspace) {
        try {
            workspace.backups().dailyIfDue();
            workspace.backups().prune(workspace.backupSettings().keep());
        } catch (SecretariatException e) {
            LOG.warn("The daily backup of {} failed", workspace.file(), e);
            workspace.warn(new Problem("backup", e.messageKey(), e.arguments()));
        }
    }

    private static Problem inUseReason(LockHolder holder) {
        return holder.isKnown()
                ? Problem.of("workspace", "workspace.readOnly.inUse", holder.user(), holder.host(), since(holder))
                : Problem.of("workspace", "workspace.readOnly.inUseByUnknown");
    }

    /** Refusal of something that needs the workspace to itself (a restore, say) while another copy has it open. */
    static SecretariatException inUse(Path file, LockHolder holder) {
        return holder.isKnown()
                ? new SecretariatException("workspace.error.inUse", file, holder.user(), holder.host(), since(holder))
                : new SecretariatException("workspace.error.inUseByUnknown", file);
    }

    private static String since(LockHolder holder) {
        return holder.since() == null ? "?" : SINCE.format(holder.since());
    }

    /** A folder made for a workspace holds personal data: only its owner may look in (decision 0028). */
    private static void createParentFolder(Path file) {
        try {
            PrivateFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new SecretariatException(e, "workspace.error.createFolder", file.getParent(), e.getMessage());
        }
    }

    /** Made empty, readable by its owner only, before SQLite makes it a database (its logs take the same mode). */
    private static void createOwnerOnly(Path file) {
        try {
            PrivateFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // Made a moment ago by someone else: SQLite will find it.
        } catch (IOException e) {
            throw new SecretariatException(e, "workspace.error.cannotWrite", file);
        }
    }
}
