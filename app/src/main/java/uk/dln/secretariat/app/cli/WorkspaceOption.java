package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import uk.dln.secretariat.app.platform.AppDirectories;

/** {@code --workspace FILE}, accepted before or after the command; without it, the default workspace. */
public final class WorkspaceOption {

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.workspace")
    private Path file;

    Path fileOrDefault() {
        return file != null ? file : AppDirectories.forCurrentUser().defaultWorkspace();
    }

    /** Null when not given: the window then opens the last workspace used. */
    Path fileOrNull() {
        return file;
    }
}
