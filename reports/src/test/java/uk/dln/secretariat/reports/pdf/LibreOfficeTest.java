package uk.dln.secretariat.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;

class LibreOfficeTest {

    @TempDir
    Path folder;

    private Path program(String name, String script) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void aPropertyNamingSofficeIsUsedBeforeThePath() throws IOException {
        Path given = program("my-soffice", "exit 0");
        Path onPath = Files.createDirectories(folder.resolve("bin"));
        program("bin/soffice", "exit 0");

        Optional<LibreOffice> found = LibreOffice.locate(given.toString(), null, onPath.toString(), "Linux");

        assertEquals(Optional.of(given), found.map(LibreOffice::command));
    }

    @Test
    void anOverrideThatPointsNowhereMeansNoLibreOfficeRatherThanAnother() throws IOException {
        Path onPath = Files.createDirectories(folder.resolve("bin"));
        program("bin/soffice", "exit 0");

        assertEquals(Optional.empty(), LibreOffice.locate(null, folder.resolve("missing").toString(),
                onPath.toString(), "Linux"));
    }

    @Test
    void sofficeIsFoundOnThePath() throws IOException {
        Path onPath = Files.createDirectories(folder.resolve("bin"));
        Path soffice = program("bin/soffice", "exit 0");

        assertEquals(Optional.of(soffice), LibreOffice.locate(null, null, "/nowhere:" + onPath, "Linux")
                .map(LibreOffice::command));
    }

    @Test
    void aConversionThatRunsTooLongOrIsCancelledStopsLibreOffice() throws IOException {
        Path slow = program("slow-soffice", "sleep 30");
        Path paper = Files.writeString(folder.resolve("paper.docx"), "x");
        long started = System.nanoTime();

        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                new LibreOffice(slow).toPdf(List.of(paper), folder.resolve("out"), LibreOffice.ANY_TO_PDF, () -> {
                    if (System.nanoTime() - started > 500_000_000L) {
                        throw new IllegalStateException("cancelled");
                    }
                }));

        assertEquals("cancelled", error.getMessage());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "stopped at once, not after the sleep");
    }

    @Test
    void aFailingConversionSaysWhatLibreOfficeSaid() throws IOException {
        Path failing = program("bad-soffice", "echo 'Error: source file could not be loaded'; exit 1");
        Path paper = Files.writeString(folder.resolve("paper.docx"), "x");

        var error = org.junit.jupiter.api.Assertions.assertThrows(SecretariatException.class, () ->
                new LibreOffice(failing).toPdf(List.of(paper), folder.resolve("out"), LibreOffice.ANY_TO_PDF, () -> { }));

        assertEquals("pack.pdf.error.libreOffice", error.messageKey());
        assertTrue(error.arguments().get(1).toString().contains("could not be loaded"), error.arguments().toString());
    }

    @Test
    void aFileLibreOfficeLeftUnconvertedIsReportedAsMissing() throws IOException {
        Path quiet = program("quiet-soffice", "exit 0");
        Path paper = Files.writeString(folder.resolve("paper.docx"), "x");

        assertEquals(List.of(Optional.empty()), new LibreOffice(quiet).toPdf(List.of(paper), folder.resolve("out"),
                LibreOffice.ANY_TO_PDF, () -> { }));
    }
}
