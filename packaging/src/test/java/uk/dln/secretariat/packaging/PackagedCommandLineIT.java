package uk.dln.secretariat.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher of the built app image, as an installed copy would run: its own runtime, its own class path,
 * its own Java options. Each test gives the app a fresh home folder, so nothing touches the real user's files.
 */
class PackagedCommandLineIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("secretariat.launcher"));

    @TempDir
    Path folder;

    private PackagedApp app;

    @BeforeEach
    void freshHome() throws IOException {
        app = new PackagedApp(LAUNCHER, Files.createDirectory(folder.resolve("home")));
    }

    @Test
    void versionNamesTheVersionThatWasBuilt() throws Exception {
        var run = app.run("--version");

        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("Secretariat " + System.getProperty("secretariat.version"), run.stdout().strip());
    }

    @Test
    void checkPassesOnANewWorkspace() throws Exception {
        Path workspace = folder.resolve("new.secretariat");

        var init = app.run("init", "--workspace", workspace.toString());
        assertEquals(0, init.exitCode(), init::describe);
        assertTrue(Files.isRegularFile(workspace), init::describe);

        var check = app.run("check", "--workspace", workspace.toString());
        assertEquals(0, check.exitCode(), check::describe);
        assertTrue(check.stderr().contains("Integrity check passed"), check::describe);
    }

    @Test
    void logsGoToTheAppDataFolderAndNowhereElseInTheHomeFolder() throws Exception {
        var run = app.run("init");
        assertEquals(0, run.exitCode(), run::describe);

        Path logs = app.expectedDataFolder().resolve("logs");
        assertEquals(List.of(logs.resolve("secretariat.log")), filesEndingWith(app.home(), ".log"),
                () -> listing(app.home()));
    }

    private static List<Path> filesEndingWith(Path home, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static String listing(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            List<String> names = files.map(home::relativize).map(Path::toString).toList();
            return "Files under the home folder: " + names;
        } catch (IOException e) {
            return "Could not list " + home + ": " + e;
        }
    }
}
