package uk.dln.secretariat.app.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the UI tier may be run again after a failure, so every test that drives JavaFX with a robot must be in it: a
 * UI test left untagged would run in the first tier and fail the build on its first slow key press.
 */
class EveryUiTestIsTaggedTest {

    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void everyTestThatDrivesJavaFxIsAUiTest() throws IOException {
        assertTrue(Files.isDirectory(TESTS), TESTS.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(TESTS)) {
            List<String> untagged = files.filter(file -> file.toString().endsWith("Test.java"))
                    .filter(file -> !file.getFileName().toString().equals(UiTest.class.getSimpleName() + ".java"))
                    .filter(file -> drivesJavaFx(read(file)) && !read(file).contains("@UiTest"))
                    .map(file -> TESTS.relativize(file).toString()).sorted().toList();
            assertEquals(List.of(), untagged);
        }
    }

    private static boolean drivesJavaFx(String source) {
        return source.contains("ApplicationExtension") || source.contains("FxRobot")
                || source.contains("FxToolkit");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
