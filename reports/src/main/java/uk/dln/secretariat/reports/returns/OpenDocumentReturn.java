package uk.dln.secretariat.reports.returns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/**
 * A return a coordinator saved from LibreOffice as an OpenDocument spreadsheet (.ods), which POI cannot read. It is
 * converted back to .xlsx by LibreOffice itself (headless, its own profile) in a private temporary folder, read there
 * as any returned workbook, and the folder removed; problems name the file the coordinator sent (decision 0033).
 */
final class OpenDocumentReturn {

    private static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private OpenDocumentReturn() {
    }

    /**
     * Whether the file is an OpenDocument spreadsheet, by its content, not its name: the package's first entry is
     * its uncompressed mimetype (so a damaged one is still known, and LibreOffice says whether it opens).
     */
    static boolean isSpreadsheet(Path file) {
        try (var zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return false;
            }
            return new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip().startsWith(MIME_TYPE);
        } catch (IOException | RuntimeException e) {
            return false; // not a zip package: POI says what it is
        }
    }

    /**
     * @param readWorkbook reads the converted workbook, naming problems after the given file name
     */
    static ReturnReading read(Path file, Optional<LibreOffice> libreOffice,
                              BiFunction<Path, Path, ReturnReading> readWorkbook) {
        return read(file, libreOffice, readWorkbook, problem -> new ReturnReading(null, List.of(problem)));
    }

    /**
     * The same conversion for any reader of a returned workbook (its sheets of actions and roadmaps, its
     * self-assessment sheet), so that every sheet of an .ods return is read as its .xlsx would be.
     *
     * @param refused what the reader answers when the file cannot be converted
     */
    static <T> T read(Path file, Optional<LibreOffice> libreOffice, BiFunction<Path, Path, T> readWorkbook,
                      Function<ReturnProblem, T> refused) {
        if (libreOffice.isEmpty()) {
            return refused.apply(ReturnProblem.ofFile("returns.error.odsNeedsLibreOffice", file.getFileName()));
        }
        Path folder = null;
        try {
            // Owner-only on POSIX systems (createTempDirectory's default there): a return may be OFFICIAL-SENSITIVE.
            folder = Files.createTempDirectory("secretariat-return-");
            // A plain name of our own: LibreOffice names its output after the input, whatever characters that has.
            Path copy = Files.copy(file, folder.resolve("return.ods"));
            Optional<Path> converted = libreOffice.get().toXlsx(copy, folder.resolve("xlsx"));
            if (converted.isEmpty()) {
                return refused.apply(ReturnProblem.ofFile("returns.error.odsNotConverted", file.getFileName()));
            }
            return readWorkbook.apply(converted.get(), file);
        } catch (IOException | RuntimeException e) {
            return refused.apply(ReturnProblem.ofFile("returns.error.odsNotConverted", file.getFileName()));
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left for the system's temporary-file cleaner.
        }
    }
}
