package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.Problem;

/**
 * The workspace the app is working on, wherever it lives: a file ({@link Workspace}) or a database on a server
 * ({@code server.ServerWorkspace}). The window and the commands hold one of these and hand its records
 * ({@link #data()}) to whatever needs them; only what is a file's own (its lock, its backups folder, restoring one)
 * asks for {@link #localFile()} (decision 0043).
 */
public interface OpenWorkspace extends AutoCloseable {

    /** The records, the same repositories on either kind of workspace. */
    WorkspaceData data();

    /** Where it is, as a person would write it: the file's path, or {@code postgresql://user@host:port/database}. */
    String location();

    /** A short name for the window's title: the file's name, or the database and its server. */
    String name();

    /** The file, when the workspace is one; empty for a workspace on a server, which has no file of its own. */
    Optional<Path> localFile();

    /** True when nothing may be changed here (another copy of the app holds the file, or it is write-protected). */
    boolean isReadOnly();

    /** Why it is read only, as a message to show; empty when it is open for changes. */
    Optional<Problem> readOnlyReason();

    /** Things that went wrong while opening without stopping it, e.g. the day's backup could not be made. */
    List<Problem> warnings();

    /** Lets go of the file or the server's connections. */
    @Override
    void close();
}
