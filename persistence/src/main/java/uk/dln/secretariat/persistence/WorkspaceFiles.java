package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;

/** Reading a workspace that may or may not be open elsewhere, in the way that is safe either way. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
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
}
