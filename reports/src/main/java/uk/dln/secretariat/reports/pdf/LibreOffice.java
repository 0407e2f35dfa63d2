package uk.dln.secretariat.reports.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import uk.dln.secretariat.model.SecretariatException;

/**
 * LibreOffice's {@code soffice} command, run headless to turn office files into PDF. Each run has its own user
 * profile in a temporary folder, so it never meets a LibreOffice the person has open (which would take the job over
 * and exit at once) nor leaves settings behind. A run is stopped after a time limit, or as soon as the caller says
 * the export was cancelled.
 */
public final class LibreOffice {

    /** Where to look for soffice first: a system property, then an environment variable. */
    public static final String PROPERTY = "secretariat.soffice";
    public static final String VARIABLE = "SECRETARIAT_SOFFICE";

    /** LibreOffice lays out about twenty pages a second here; the limits leave room for slow machines. */
    private static final Duration START_UP = Duration.ofSeconds(120);
    private static final Duration PER_FILE = Duration.ofSeconds(60);

    /**
     * The Writer filter with Word's bookmarks kept as named destinations, so headings' pages can be read back, and
     * tagged for PDF/UA-1: headings, tables with header cells, figures with their alternative text, reading
     * order, title and language (decision 0032). The JSON form of filter options needs LibreOffice 7.4 or later.
     */
    static final String WRITER_TAGGED = "pdf:writer_pdf_Export:{"
            + "\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";
    /** A Word paper rendered tagged, so that merging it into the pack keeps its structure (decision 0032). */
    static final String WRITER_PAPER_TAGGED = "pdf:writer_pdf_Export:{"
            + "\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";
    static final String ANY_TO_PDF = "pdf";

    private final Path soffice;

    public LibreOffice(Path soffice) {
        this.soffice = soffice;
    }

    /** The soffice found on this machine, if any. */
    public static Optional<LibreOffice> locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(VARIABLE), System.getenv("PATH"),
                System.getProperty("os.name", ""));
    }

    static Optional<LibreOffice> locate(String property, String variable, String path, String osName) {
        for (String override : new String[] {property, variable}) {
            if (override != null && !override.isBlank()) {
                // An override that points nowhere means "no LibreOffice": it is never silently replaced by another.
                Path given = Path.of(override.strip());
                return Files.isExecutable(given) && !Files.isDirectory(given) ? Optional.of(new LibreOffice(given))
                        : Optional.empty();
            }
        }
        return candidates(path, osName).filter(p -> Files.isExecutable(p) && !Files.isDirectory(p)).findFirst()
                .map(LibreOffice::new);
    }

    /** The PATH first, then where the installers put it on Linux, macOS and Windows. */
    private static Stream<Path> candidates(String path, String osName) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        var names = windows ? List.of("soffice.exe", "soffice.com") : List.of("soffice", "libreoffice");
        var found = new ArrayList<Path>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    names.forEach(name -> found.add(Path.of(dir, name)));
                }
            }
        }
        if (windows) {
            for (String root : new String[] {System.getenv("ProgramFiles"), System.getenv("ProgramFiles(x86)"),
                    "C:\\Program Files", "C:\\Program Files (x86)"}) {
                if (root != null) {
                    found.add(Path.of(root, "LibreOffice", "program", "soffice.exe"));
                }
            }
        } else {
            found.add(Path.of("/usr/bin/soffice"));
            found.add(Path.of("/usr/lib/libreoffice/program/soffice"));
            found.add(Path.of("/usr/local/bin/soffice"));
            found.add(Path.of("/opt/homebrew/bin/soffice"));
            found.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
            found.add(Path.of("/snap/bin/libreoffice"));
            for (Path opt : optInstalls()) {
                found.add(opt.resolve("program").resolve("soffice"));
            }
        }
        return found.stream();
    }

    /** The Document Foundation's own packages install into /opt/libreoffice7.6 and the like. */
    private static List<Path> optInstalls() {
        Path opt = Path.of("/opt");
        if (!Files.isDirectory(opt)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(opt)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("libreoffice"))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Path command() {
        return soffice;
    }

    /**
     * Converts files to PDF in one run. Each {@code x.docx} becomes {@code out/x.pdf}, so the files' names without
     * their extensions must differ.
     *
     * @param filter            {@link #ANY_TO_PDF}, or a filter with options for one kind of document
     * @param stopIfCancelled   called every fraction of a second while LibreOffice works; it throws to stop it
     * @return each file's PDF, or empty where LibreOffice could not convert it (a damaged or unknown file)
     */
    public List<Optional<Path>> toPdf(List<Path> files, Path out, String filter, Runnable stopIfCancelled) {
        return convert(files, out, filter, "pdf", stopIfCancelled);
    }

    /**
     * Opens a spreadsheet (an OpenDocument {@code .ods}, say) and saves it as an Excel workbook, as a person would
     * with Save As: {@code x.ods} becomes {@code out/x.xlsx}.
     *
     * @return the workbook, or empty where LibreOffice could not open the file (damaged, or a password)
     */
    public Optional<Path> toXlsx(Path file, Path out) {
        return convert(List.of(file), out, "xlsx:Calc MS Excel 2007 XML", "xlsx", () -> { }).get(0);
    }

    private List<Optional<Path>> convert(List<Path> files, Path out, String filter, String extension,
                                         Runnable stopIfCancelled) {
        if (files.isEmpty()) {
            return List.of();
        }
        Path profile = null;
        try {
            Files.createDirectories(out);
            profile = Files.createTempDirectory("secretariat-lo-");
            var command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", filter, "--outdir", out.toString()));
            files.forEach(f -> command.add(f.toString()));
            run(command, START_UP.plus(PER_FILE.multipliedBy(files.size())), stopIfCancelled);
            var results = new ArrayList<Optional<Path>>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path pdf = out.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
                results.add(Files.isRegularFile(pdf) && Files.size(pdf) > 0 ? Optional.of(pdf) : Optional.empty());
            }
            return results;
        } catch (IOException e) {
            throw new SecretariatException(e, "pack.pdf.error.libreOffice", soffice, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(profile);
        }
    }

    private void run(List<String> command, Duration limit, Runnable stopIfCancelled) throws IOException {
        Path log = Files.createTempFile("secretariat-lo-", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Headless rendering needs no display; the plain back end spares looking for one.
        Map<String, String> environment = builder.environment();
        environment.put("SAL_USE_VCLPLUGIN", "svp");
        Process process = builder.start();
        boolean finished = false;
        try {
            long deadline = System.nanoTime() + limit.toNanos();
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                stopIfCancelled.run();
                if (System.nanoTime() > deadline) {
                    throw new SecretariatException("pack.pdf.error.timeout", limit.toSeconds());
                }
            }
            finished = true;
            if (process.exitValue() != 0) {
                String said = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new SecretariatException("pack.pdf.error.libreOffice", soffice, said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretariatException(e, "pack.pdf.error.timeout", limit.toSeconds());
        } finally {
            if (!finished) {
                // soffice is a launcher: the work happens in soffice.bin, its child.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless; the system's temporary-file cleaner removes it.
        }
    }
}
