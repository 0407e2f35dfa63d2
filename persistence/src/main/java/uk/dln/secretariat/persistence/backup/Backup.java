package uk.dln.secretariat.persistence.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One backup of a workspace: a complete, checked copy in the backups folder beside it.
 *
 * @param file      the backup file
 * @param madeAt    when it was made (local time, to the second)
 * @param kind      why it was made
 * @param sizeBytes its size on disk
 */
public record Backup(Path file, LocalDateTime madeAt, BackupKind kind, long sizeBytes) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(kind, "kind");
    }
}
