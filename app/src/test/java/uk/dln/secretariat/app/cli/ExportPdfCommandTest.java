package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.OfficeTests;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/** {@code export --pdf}: the one PDF with LibreOffice, and a plain word and status without it. */
class ExportPdfCommandTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    private List<String> written(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withoutLibreOfficeExportPdfSaysThePdfNeedsItWritesEverythingElseAndExitsWithItsOwnStatus()
            throws IOException {
        Path workspace = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", workspace.toString(), "init"));
        assertEquals(ExitCodes.OK, run("-w", workspace.toString(), "demo"));
        Path out = folder.resolve("out");

        int status = run("-w", workspace.toString(), "export", "--pdf", "--out", out.toString());

        assertEquals(ExitCodes.PDF_NEEDS_LIBREOFFICE, status, err.toString());
        assertTrue(err.toString().contains("The PDF pack needs LibreOffice"), err.toString());
        List<String> files = written(out);
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".docx") && f.startsWith("Board pack")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.endsWith(".xlsx")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("DLN(") && f.endsWith(".pdf")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.startsWith("DLN(") && f.endsWith(".docx")), files.toString());
        assertFalse(files.stream().anyMatch(f -> f.startsWith("Board pack") && f.endsWith(".pdf")), files.toString());
    }

    @Test
    void theDemoWorkspaceExportsItsPackTrackersPapersAndOnePdf() throws IOException {
        Path soffice = OfficeTests.assumeLibreOffice();
        Path workspace = folder.resolve("demo.secretariat");
        assertEquals(ExitCodes.OK, run("-w", workspace.toString(), "init"));
        assertEquals(ExitCodes.OK, run("-w", workspace.toString(), "demo"));
        Path out = folder.resolve("out");
        String hidden = System.getProperty(LibreOffice.PROPERTY);
        System.setProperty(LibreOffice.PROPERTY, soffice.toString());
        try {
            assertEquals(ExitCodes.OK, run("-w", workspace.toString(), "export", "--pdf", "--out", out.toString()),
                    err.toString());
        } finally {
            System.setProperty(LibreOffice.PROPERTY, hidden == null ? "" : hidden);
        }

        List<String> files = written(out);
        assertEquals(1, files.stream().filter(f -> f.startsWith("Board pack") && f.endsWith(".docx")).count());
        assertEquals(1, files.stream().filter(f -> f.startsWith("Trackers") && f.endsWith(".xlsx")).count());
        assertTrue(files.stream().filter(f -> f.startsWith("DLN(")).count() >= 3, files.toString());
        Path pdf = out.resolve(files.stream().filter(f -> f.startsWith("Board pack") && f.endsWith(".pdf"))
                .findFirst().orElseThrow(() -> new AssertionError("no PDF in " + files)));
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(err.toString().contains("Wrote " + pdf.toAbsolutePath()), err.toString());
    }
}
