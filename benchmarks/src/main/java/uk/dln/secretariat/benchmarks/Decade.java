package uk.dln.secretariat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Where the generated decade workspaces are, and fresh copies of them so that no run changes the originals. */
final class Decade {

    /** The last day of the generated decade: the day packs are exported for. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

    private Decade() {
    }

    /** {@code -Ddecade.dir=DIR} (default {@code benchmarks/target}) holds {@code decade-1.secretariat} and -10. */
    static Path file(String scale) {
        Path file = Path.of(System.getProperty("decade.dir", "benchmarks/target"), "decade-" + scale + ".secretariat")
                .toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No generated workspace at " + file + ": run benchmarks/run.sh");
        }
        return file;
    }

    /** A copy in a new temporary folder, with no backups beside it yet. */
    static Path freshCopy(String scale) throws IOException {
        Path folder = Files.createTempDirectory("decade");
        return Files.copy(file(scale), folder.resolve("decade.secretariat"));
    }

    static void deleteFolderOf(Path file) throws IOException {
        try (var paths = Files.walk(file.getParent())) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
