package uk.dln.secretariat.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image's launcher maps the class archive dumped for it where it is (decision 0040): with sharing
 * required ({@code -Xshare:on}) the JVM would refuse to start on a missing or refused archive, and the app's own
 * classes, not only the runtime's, come from it.
 */
@EnabledOnOs(OS.LINUX)
class PackagedClassArchiveIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("secretariat.launcher"));

    @TempDir
    Path folder;

    private PackagedApp app;

    @BeforeEach
    void freshHome() throws Exception {
        app = new PackagedApp(LAUNCHER, Files.createDirectory(folder.resolve("home")));
    }

    @Test
    void theLauncherStartsWithSharingRequiredAndReadsTheAppsOwnClassesFromItsArchive() throws Exception {
        var run = app.runWithJavaOptions("-Xshare:on -Xlog:class+load=info:stdout", "--version");

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.stdout().contains("uk.dln.secretariat.app.Launcher source: shared objects file"),
                run::describe);
        assertTrue(run.stdout().contains("uk.dln.secretariat.app.cli.WindowLaunch source: shared objects file"),
                run::describe);
    }
}
