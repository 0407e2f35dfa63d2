package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;

/** Where a workspace really is, and reading one that may or may not be open elsewhere in the way that is safe. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    /**
     * The file itself, whatever path named it: symbolic links and {@code ..} resolved, so every path to one file
     * gives one lock, one backups folder and one place to restore into (two paths to one file once gave two
     * writers). A file not there yet is placed in its folder's real path.
     */
    static Path real(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // Unreadable on the way: the path as given is the best there is, and opening will say what is wrong.
        }
        return absolute;
    }

    /**
     * Runs the work with a read-only connection. While it runs this process holds the workspace's lock if it can,
     * so nobody writes and the file can be read as it lies; if another copy holds the lock, the connection shares
     * that copy's write-ahead log instead.
     */
    static <T> T whileUnchanged(Path file, Function<DataSource, T> work) {
        WorkspaceLock.Attempt attempt = WorkspaceLock.tryAcquire(file, Clock.systemDefaultZone());
        if (attempt instanceof WorkspaceLock.Acquired acquired) {
            try (WorkspaceLock lock = acquired.lock()) {
                return work.apply(WorkspaceFile.readOnly(file));
            }
        }
        return work.apply(WorkspaceFile.readOnlyShared(file));
    }

    /**
     * As {@link #whileUnchanged}, but creating nothing at all, not even the lock file: for {@code check}, which must
     * work on a read-only file, folder or disk, and on a full one. A writer is kept out, while the work runs, by a
     * shared lock on the lock file when there is one; with no lock file, nobody has ever had it open here.
     */
    static <T> T withoutWriting(Path file, Function<DataSource, T> work) {
        WorkspaceLock.Attempt attempt = WorkspaceLock.tryShare(file);
        if (attempt instanceof WorkspaceLock.HeldElsewhere) {
            return work.apply(WorkspaceFile.readOnlyShared(file));
        }
        try {
            return work.apply(WorkspaceFile.readOnly(file));
        } finally {
            if (attempt instanceof WorkspaceLock.Acquired acquired) {
                acquired.lock().close();
            }
        }
    }
}
