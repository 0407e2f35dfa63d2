package uk.dln.secretariat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that builds or drives a screen (it imports JavaFX) does not also reach for a repository: screens get their
 * data through use cases, read models and the workspace's tasks, so the storage behind them can change alone.
 */
class ScreensImportNoRepositoryTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern JAVAFX = Pattern.compile("(?m)^import (static )?javafx\\.");
    private static final Pattern REPOSITORY =
            Pattern.compile("(?m)^import (static )?uk\\.dln\\.secretariat\\.persistence\\.[\\w.]*Repository\\b");

    @Test
    void noFileOfTheAppImportsBothJavaFxAndARepository() throws IOException {
        assertEquals(List.of(), filesImportingBoth(SOURCES));
    }

    @Test
    void aFileImportingBothIsFound(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("Mixed.java"), """
                package x;

                import javafx.scene.control.Label;
                import uk.dln.secretariat.persistence.directory.OrganisationRepository;
                """);
        assertEquals(List.of("Mixed.java"), filesImportingBoth(folder));
    }

    private static List<String> filesImportingBoth(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    String text = Files.readString(file);
                    return JAVAFX.matcher(text).find() && REPOSITORY.matcher(text).find();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }
}
