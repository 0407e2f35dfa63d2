package uk.dln.secretariat.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import uk.dln.secretariat.persistence.server.ServerAddress;

/**
 * Opening the window, with or without {@code --workspace FILE}. The plain forms ({@code secretariat},
 * {@code secretariat -w FILE}, {@code secretariat --workspace=FILE}) are recognised here without building the
 * command line: picocli reads every command's annotations by reflection, which costs a noticeable part of a second
 * before the window can show. Anything else, a command, help or a mistake, is left to {@link SecretariatCommand}.
 * Only the arguments are read here: opening the window is the caller's, so the command line needs no JavaFX.
 */
public final class WindowLaunch {

    /** Named parameter that passes {@code --workspace} to the JavaFX application. */
    public static final String WORKSPACE_PARAMETER = "workspace";

    private static final String LONG_OPTION = "--workspace";
    private static final String SHORT_OPTION = "-w";

    private WindowLaunch() {
    }

    /**
     * The application's parameters when the arguments ask for nothing but the window; empty when they ask for
     * anything else.
     */
    public static Optional<String[]> plainWindowParameters(String... args) {
        String file;
        if (args.length == 0) {
            return Optional.of(parameters(null));
        } else if (args.length == 1 && args[0].startsWith(LONG_OPTION + "=")) {
            file = args[0].substring(LONG_OPTION.length() + 1);
        } else if (args.length == 2 && (args[0].equals(SHORT_OPTION) || args[0].equals(LONG_OPTION))) {
            file = args[1];
        } else {
            return Optional.empty();
        }
        if (file.isBlank() || file.startsWith("-")) {
            return Optional.empty();
        }
        if (ServerAddress.isServer(file)) {
            return Optional.of(parameters(file));
        }
        try {
            return Optional.of(parameters(Path.of(file).toAbsolutePath().toString()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The application's parameters for the workspace (a file's absolute path, or a server's address), or with none
     * (null) for the last workspace used.
     */
    static String[] parameters(String workspace) {
        return workspace == null ? new String[0] : new String[] {"--" + WORKSPACE_PARAMETER + "=" + workspace};
    }
}
