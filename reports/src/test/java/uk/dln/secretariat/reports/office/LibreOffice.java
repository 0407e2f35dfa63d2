package uk.dln.secretariat.reports.office;

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
 * LibreOffice and poppler run as real clients of the written files. They take seconds, so they run in CI
 * ({@code CI=true}, where their absence is a failure) or when asked with {@code -Dsecretariat.office=true};
 * otherwise the tests say loudly that they were skipped.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    static void assumeWanted() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean asked = Boolean.getBoolean("secretariat.office");
        boolean present = onPath("soffice") && onPath("pdftotext");
        if (ci && !present) {
            fail("CI=true but LibreOffice (soffice) or poppler-utils (pdftotext) is missing: .ci/run installs them");
        }
        if (!ci && !asked) {
            System.err.println("*** SKIPPED: LibreOffice rendering tests. Run with CI=true or "
                    + "-Dsecretariat.office=true to convert the pack and trackers to PDF. ***");
        } else if (!present) {
            System.err.println("*** SKIPPED: LibreOffice rendering tests: soffice or pdftotext is not installed. "
                    + "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils ***");
        }
        Assumptions.assumeTrue((ci || asked) && present, "LibreOffice rendering tests not wanted or not possible");
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Removes a test's output folder left by an earlier run. */
    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var old = Files.walk(root)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Converts the file to PDF in its own folder (x.docx and x.xlsx would both become x.pdf). */
    static Path toPdf(Path file, Path profile) throws IOException, InterruptedException {
        Path out = file.resolveSibling(file.getFileName() + "-pdf");
        Files.createDirectories(out);
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf",
                "--outdir", out.toString(), file.toString()));
        String name = file.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            fail("LibreOffice did not convert " + file);
        }
        return pdf;
    }

    /** Opens the file in LibreOffice and saves it in another format, as a person would with Save As. */
    static Path convert(Path file, String format, Path profile) throws IOException, InterruptedException {
        Path out = file.resolveSibling(file.getFileName() + "-" + format);
        Files.createDirectories(out);
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to", format,
                "--outdir", out.toString(), file.toString()));
        String name = file.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (!Files.isRegularFile(converted)) {
            fail("LibreOffice did not convert " + file + " to " + format);
        }
        return converted;
    }

    /** The text of each page. */
    static List<String> pages(Path pdf) throws IOException, InterruptedException {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), text.toString()));
        String all = Files.readString(text, StandardCharsets.UTF_8);
        var pages = Arrays.asList(all.split("\f"));
        return pages.stream().filter(p -> !p.isBlank()).toList();
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
