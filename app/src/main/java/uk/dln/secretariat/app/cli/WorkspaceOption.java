package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import uk.dln.secretariat.app.core.WorkspaceRoot;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.server.ServerAddress;

/**
 * {@code --workspace FILE} or {@code --workspace postgresql://host:port/database} (a shared workspace, decision
 * 0038), accepted before or after the command; without it, the default workspace file.
 */
public final class WorkspaceOption {

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.workspace")
    private String location;

    /**
     * The workspace named, a file or a server's database, which must already be there; without {@code --workspace},
     * the default workspace file (decision 0043).
     */
    OpenWorkspace openExisting() {
        return WorkspaceRoot.openExisting(locationOrDefault(), Clock.systemDefaultZone());
    }

    /** As typed, or the default workspace file's path. */
    String locationOrDefault() {
        return location != null ? location : AppDirectories.forCurrentUser().defaultWorkspace().toString();
    }

    /** The file named, or the default one; a command asks {@link #isServer()} first where a server is possible. */
    Path fileOrDefault() {
        return location != null ? file() : AppDirectories.forCurrentUser().defaultWorkspace();
    }

    /** Null when not given: the window then opens the last workspace used. A server's address is kept as typed. */
    String windowLocationOrNull() {
        return location == null || ServerAddress.isServer(location) ? location
                : Path.of(location).toAbsolutePath().toString();
    }

    /** Whether a shared workspace on a server is named. */
    boolean isServer() {
        return ServerAddress.isServer(location);
    }

    /** @throws SecretariatException when no shared workspace is named */
    ServerAddress server() {
        if (!ServerAddress.isServer(location)) {
            throw new SecretariatException("workspace.error.serverOnly");
        }
        return ServerAddress.parse(location);
    }

    private Path file() {
        return Path.of(location);
    }
}
