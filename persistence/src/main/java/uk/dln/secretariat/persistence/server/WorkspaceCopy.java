package uk.dln.secretariat.persistence.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceTransfer;

/**
 * Moving a workspace between a file and a server (decision 0038): {@link #share} puts a file's records on a new
 * server workspace, {@link #snapshot} writes a server workspace's records to a new file, for offline work or to
 * keep. Each copy is checked record by record before it is committed; a refused or failed copy leaves nothing.
 */
public final class WorkspaceCopy {

    private WorkspaceCopy() {
    }

    /**
     * Copies the file's records to the server, whose database must be empty or hold only what a new workspace is
     * given. The file is opened as for any command (brought up to date first), and is not changed otherwise.
     */
    public static WorkspaceTransfer.Summary share(Path file, ServerAddress to, Clock clock) {
        try (var source = Workspace.openExisting(file); var target = ServerWorkspace.open(to, clock)) {
            return WorkspaceTransfer.copy(source.data(), target.data(), to);
        }
    }

    /** Copies the server's records into a new file, which must not exist yet. */
    public static WorkspaceTransfer.Summary snapshot(ServerAddress from, Path file, Clock clock) {
        if (Files.exists(file)) {
            throw new SecretariatException("workspace.error.copyExists", file);
        }
        try (var source = ServerWorkspace.open(from, clock)) {
            try (var target = Workspace.open(file, clock)) {
                return WorkspaceTransfer.copy(source.data(), target.data(), file);
            } catch (RuntimeException e) {
                deleteQuietly(file, e);
                throw e;
            }
        }
    }

    /** A snapshot that failed half way is no snapshot: it goes, so that nobody mistakes it for one. */
    private static void deleteQuietly(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
