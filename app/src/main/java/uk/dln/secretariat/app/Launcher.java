package uk.dln.secretariat.app;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import uk.dln.secretariat.app.cli.ExitCodes;
import uk.dln.secretariat.app.cli.SecretariatCommand;
import uk.dln.secretariat.app.cli.WindowLaunch;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.persistence.files.PrivateFiles;

/**
 * The program's entry point for both the window and the command line. It is not an {@link javafx.application.Application}
 * so that it starts from a plain class path; the window is launched only when no command is given.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        prepareFolders(AppDirectories.forCurrentUser());
        var window = WindowLaunch.plainWindowParameters(args);
        if (window.isPresent()) {
            StartUpReading.begin();
            SecretariatApp.open(window.get());
            System.exit(ExitCodes.OK);
        }
        System.exit(SecretariatCommand.run(SecretariatApp::open, args));
    }

    /**
     * Logs and JavaFX's native-library cache go in the app's own folder rather than the user's home root. Must run
     * before the first logger is created, since the log configuration reads {@code secretariat.logDir}. The data
     * folder and the logs folder are made readable by their owner only: they hold the default workspace and log
     * lines that name people (decision 0028).
     */
    static void prepareFolders(AppDirectories directories) {
        if (System.getProperty("secretariat.logDir") == null) {
            System.setProperty("secretariat.logDir", directories.logs().toString());
        }
        try {
            PrivateFiles.createFolder(directories.home());
            PrivateFiles.createFolder(Path.of(System.getProperty("secretariat.logDir")));
        } catch (IOException | InvalidPathException e) {
            // The log configuration and the workspace will each report what stops them; no logger exists yet.
        }
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", directories.home().resolve("javafx-cache").toString());
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
