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
        if (libreOffice.isEmpty()) {
            return refused("returns.error.odsNeedsLibreOffice", file.getFileName());
        }
        Path folder = null;
        try {
            // Owner-only on POSIX systems (createTempDirectory's default there): a return may be OFFICIAL-SENSITIVE.
            folder = Files.createTempDirectory("secretariat-return-");
            // A plain name of our own: LibreOffice names its output after the input, whatever characters that has.
            Path copy = Files.copy(file, folder.resolve("return.ods"));
            Optional<Path> converted = libreOffice.get().toXlsx(copy, folder.resolve("xlsx"));
            if (converted.isEmpty()) {
                return refused("returns.error.odsNotConverted", file.getFileName());
            }
            return readWorkbook.apply(converted.get(), file);
        } catch (IOException | RuntimeException e) {
            return refused("returns.error.odsNotConverted", file.getFileName());
        } finally {
            deleteTree(folder);
        }
    }

    /**
     * The reading of the spreadsheet converted to a workbook, for the return's other sheets (the self-assessment's);
     * empty when it cannot be converted, which the reading of the return's own sheets has already reported.
     */
    static <T> Optional<T> readConverted(Path file, LibreOffice libreOffice, Function<Path, T> readWorkbook) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("secretariat-return-");
            Path copy = Files.copy(file, folder.resolve("return.ods"));
            return libreOffice.toXlsx(copy, folder.resolve("xlsx")).map(readWorkbook);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            deleteTree(folder);
        }
    }

    private static ReturnReading refused(String key, Object... arguments) {
        return new ReturnReading(null, List.of(ReturnProblem.ofFile(key, arguments)));
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
