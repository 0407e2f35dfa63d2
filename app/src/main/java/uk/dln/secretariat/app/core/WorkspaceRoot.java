package uk.dln.secretariat.app.core;

import java.nio.file.Path;
import java.time.Clock;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/**
 * The composition root of a workspace, for the window and the command line alike (decision 0043): what a person
 * names (a file, or {@code postgresql://…}) becomes the {@link OpenWorkspace} whose records the screens and the use
 * cases are given. Nothing else decides which kind of workspace to open.
 */
public final class WorkspaceRoot {

    private WorkspaceRoot() {
    }

    /**
     * For every command but {@code init}: a file that must already be a workspace (a mistyped path leaves nothing
     * behind), or a server's database.
     */
    public static OpenWorkspace openExisting(String location, Clock clock) {
        if (ServerAddress.isServer(location)) {
            return ServerWorkspace.open(ServerAddress.parse(location), clock);
        }
        return Workspace.openExisting(Path.of(location));
    }

    /**
     * For {@code generate}: a new file, filled without waiting for the disk at each commit, or a server's database;
     * either with the generator's clock.
     */
    public static OpenWorkspace openForBulkLoad(String location, Clock clock) {
        if (ServerAddress.isServer(location)) {
            return ServerWorkspace.open(ServerAddress.parse(location), clock);
        }
        return Workspace.openForBulkLoad(Path.of(location), clock);
    }

    /** For the window's New and Open: the file, created if it does not exist yet. */
    public static OpenWorkspace openFile(Path file, Clock clock) {
        return Workspace.open(file, clock);
    }

    /**
     * For the window's Connect: the server's database, with the password typed for this connection only, or none
     * (null) to use {@code ~/.pgpass}.
     */
    public static OpenWorkspace connect(ServerAddress address, String password, Clock clock) {
        return ServerWorkspace.open(address, password, clock);
    }
}
