package uk.dln.secretariat.app.core.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.RestoreResult;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupSettings;
import uk.dln.secretariat.persistence.backup.WorkspaceBackups;

/**
 * A workspace file's backups: listing them, finding the latest good one, how many are kept, and restoring one in
 * the workspace's place. The Backups dialog and {@code secretariat restore} both call it.
 */
@UseCase
public final class BackupKeeping {

    private final WorkspaceBackups backups;
    private final BackupSettings settings;

    private BackupKeeping(WorkspaceBackups backups, BackupSettings settings) {
        this.backups = backups;
        this.settings = settings;
    }

    /** The backups of a workspace open here, with how many it keeps. */
    public static BackupKeeping of(Workspace open) {
        return new BackupKeeping(open.backups(), open.backupSettings());
    }

    /** The backups of a workspace file not open here: listed and restored, its keep setting unread. */
    public static BackupKeeping ofFile(Path file) {
        return new BackupKeeping(Workspace.backupsOf(file), null);
    }

    /** Newest first. */
    public List<Backup> list() {
        return backups.list();
    }

    /** The newest backup that passes SQLite's check. */
    public Optional<Backup> latestGood() {
        return backups.latestGood();
    }

    public Path folder() {
        return backups.folder();
    }

    /** How many daily and manual backups are kept. */
    public int keep() {
        return settings().keep();
    }

    /**
     * Stores how many backups to keep and deletes any beyond that now.
     *
     * @return how many were deleted
     */
    public int keepOnly(int wanted) {
        settings().setKeep(wanted);
        return backups.prune(wanted).size();
    }

    /** Puts the backup in the place of the workspace file, which must not be open; the replaced one is kept aside. */
    public static RestoreResult restore(Path file, Path backup, Clock clock) {
        return Workspace.restore(file, backup, clock);
    }

    private BackupSettings settings() {
        if (settings == null) {
            throw new SecretariatException("backup.error.noWorkspace");
        }
        return settings;
    }
}
