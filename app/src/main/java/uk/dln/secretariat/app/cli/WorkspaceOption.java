package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.server.ServerAddress;

/**
 * {@code --workspace FILE} or {@code --workspace postgresql://host:port/database} (a shared workspace, decision
 * 0038), accepted before or after the command; without it, the default workspace file.
 */
public final class WorkspaceOption {

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.workspace")
    private String location;

    /** @throws SecretariatException when a shared workspace is named: the command works on files only so far */
    Path fileOrDefault() {
        return location != null ? file() : AppDirectories.forCurrentUser().defaultWorkspace();
    }

    /** Null when not given: the window then opens the last workspace used. */
    Path fileOrNull() {
        return location != null ? file() : null;
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
        if (ServerAddress.isServer(location)) {
            throw new SecretariatException("workspace.error.fileOnly", location);
        }
        return Path.of(location);
    }
}
