package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Word document as a reader sees it: converted to PDF by LibreOffice, then each page's text read by pdftotext.
 * Seconds per file, so it runs in CI ({@code CI=true}, where a missing LibreOffice is a failure) or when asked with
 * {@code -Dsecretariat.office=true}; otherwise the tests say loudly that they were skipped.
 */
final class RenderedPages {

    private RenderedPages() {
    }

    static void assumeWanted() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean asked = Boolean.getBoolean("secretariat.office");
        boolean present = onPath("soffice") && onPath("pdftotext");
        if (ci && !present) {
            fail("CI=true but LibreOffice (soffice) or poppler-utils (pdftotext) is missing");
        }
        if (!ci && !asked) {
            System.err.println("*** SKIPPED: LibreOffice rendering of exported documents. Run with CI=true or "
                    + "-Dsecretariat.office=true. ***");
        }
        Assumptions.assumeTrue((ci || asked) && present, "LibreOffice rendering not wanted or not possible");
    }

    /** The text of each page of the document as LibreOffice lays it out. */
    static List<String> of(Path document, Path profile) throws IOException, InterruptedException {
        Path out = document.resolveSibling(document.getFileName() + "-pdf");
        Files.createDirectories(out);
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf",
                "--outdir", out.toString(), document.toString()));
        String name = document.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            fail("LibreOffice did not convert " + document);
        }
        Path text = out.resolve("pages.txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), text.toString()));
        return Arrays.stream(Files.readString(text, StandardCharsets.UTF_8).split("\f"))
                .filter(page -> !page.isBlank()).toList();
    }

    /** The page's lines with text, stripped: the header's first, the footer's last. */
    static List<String> lines(String page) {
        return page.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish");
        }
        assertEquals(0, process.exitValue(), command + ": " + new String(output, StandardCharsets.UTF_8));
    }
}
