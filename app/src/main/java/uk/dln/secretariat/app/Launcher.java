package uk.dln.secretariat.app;

import uk.dln.secretariat.app.cli.ExitCodes;
import uk.dln.secretariat.app.cli.SecretariatCommand;
import uk.dln.secretariat.app.cli.WindowLaunch;

/**
 * The program's entry point for both the window and the command line. It is not an {@link javafx.application.Application}
 * so that it starts from a plain class path; the window is launched only when no command is given.
 */
public final class Launcher {

    /** Named parameter that passes {@code --workspace} to the JavaFX application. */
    public static final String WORKSPACE_PARAMETER = "workspace";

    private Launcher() {
    }

    public static void main(String[] args) {
        prepareFolders(AppDirectories.forCurrentUser());
        if (WindowLaunch.launchIfPlain(args)) {
            System.exit(ExitCodes.OK);
        }
        System.exit(SecretariatCommand.run(args));
    }

    /**
     * Logs and JavaFX's native-library cache go in the app's own folder rather than the user's home root. Must run
     * before the first logger is created, since the log configuration reads {@code secretariat.logDir}.
     */
    static void prepareFolders(AppDirectories directories) {
        if (System.getProperty("secretariat.logDir") == null) {
            System.setProperty("secretariat.logDir", directories.logs().toString());
        }
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", directories.home().resolve("javafx-cache").toString());
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
