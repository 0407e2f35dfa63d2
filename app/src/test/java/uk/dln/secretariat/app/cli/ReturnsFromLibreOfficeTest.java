package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.app.support.OfficeTests;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.persistence.Workspace;

/**
 * A coordinator with LibreOffice instead of Excel: the issued return is edited, opened in LibreOffice and saved as
 * .xlsx and as .ods, and both are taken in from the command line.
 */
class ReturnsFromLibreOfficeTest {

    private static final String SOFFICE = "secretariat.soffice";

    @TempDir
    Path folder;

    private final String sofficeBefore = System.getProperty(SOFFICE);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path file;
    private Path workbook;

    @BeforeEach
    void issueTheDemoReturns() throws IOException {
        file = folder.resolve("demo.secretariat");
        DemoWorkspace.create(file);
        Path returns = folder.resolve("returns");
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "issue", "--out", returns.toString(),
                "--due", LocalDate.now().plusWeeks(2).toString()), err.toString());
        try (Stream<Path> files = Files.list(returns)) {
            workbook = files.filter(ReturnsFromLibreOfficeTest::hasActionsAndMilestones).findFirst().orElseThrow();
        }
    }

    @AfterEach
    void restore() {
        if (sofficeBefore == null) {
            System.clearProperty(SOFFICE);
        } else {
            System.setProperty(SOFFICE, sofficeBefore);
        }
    }

    @Test
    void aReturnSavedByLibreOfficeAsXlsxAndAsOdsIsTakenInEitherWay() throws Exception {
        Path soffice = OfficeTests.assumeLibreOffice();
        System.setProperty(SOFFICE, soffice.toString());
        edit(workbook);
        Path profile = folder.resolve("lo-profile");
        Path xlsx = saveAs(soffice, profile, workbook, "xlsx");
        Path ods = saveAs(soffice, profile, workbook, "ods");

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "import", xlsx.toString()), err.toString());
        String fromXlsx = out.toString();
        assertTrue(fromXlsx.contains("\u2192 31 Dec 2028 (reason: Supplier delay)"), fromXlsx);
        out.getBuffer().setLength(0);

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "import", "--accept-all", ods.toString()),
                err.toString());
        assertEquals(fromXlsx, out.toString(), "the .ods previews the same changes as the .xlsx");
        try (var workspace = Workspace.open(file)) {
            assertTrue(workspace.returns().findAll().stream().anyMatch(r -> r.state() == IssuedReturn.State.TAKEN_IN));
            assertTrue(workspace.audit().find(uk.dln.secretariat.model.audit.AuditQuery.all()).stream()
                    .anyMatch(e -> e.table().equals("milestone_change")
                            && e.changes().toString().contains("Supplier delay")));
        }
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "import", xlsx.toString()), err.toString());
        assertTrue(out.toString().contains("No changes."), "taken in once: " + out);
    }

    @Test
    void anOdsReturnWithoutLibreOfficeIsRefusedNamingTheFileAndSayingWhatToDo() throws Exception {
        System.setProperty(SOFFICE, folder.resolve("no-libreoffice").toString());
        Path ods = folder.resolve("Return-DWP.ods");
        try (var zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "returns", "import", ods.toString()));

        assertTrue(err.toString().contains("Return-DWP.ods is an OpenDocument spreadsheet (.ods)")
                && err.toString().contains("LibreOffice was not found"), err.toString());
    }

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** What a coordinator does: a milestone's forecast moved, with the reason. */
    private static void edit(Path workbook) throws IOException {
        org.apache.poi.ss.usermodel.Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        var row = book.getSheet("Milestones").getRow(2);
        row.getCell(4).setCellValue(LocalDate.of(2028, 12, 31));
        row.getCell(8).setCellValue("Supplier delay");
        try (OutputStream stream = Files.newOutputStream(workbook)) {
            book.write(stream);
        }
        book.close();
    }

    /** Opens the file in LibreOffice and saves it in another format, as Save As does. */
    private static Path saveAs(Path soffice, Path profile, Path file, String format) throws Exception {
        Path outDir = file.resolveSibling(format);
        Process process = new ProcessBuilder(List.of(soffice.toString(), "--headless",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString(),
                file.toString())).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS) && process.exitValue() == 0, "soffice ran");
        String name = file.getFileName().toString();
        Path saved = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        assertTrue(Files.isRegularFile(saved), "LibreOffice saved " + saved);
        return saved;
    }

    private static boolean hasActionsAndMilestones(Path workbook) {
        if (!Files.isRegularFile(workbook)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(workbook); var book = WorkbookFactory.create(in)) {
            return book.getSheet("Actions").getLastRowNum() >= 2 && book.getSheet("Milestones").getLastRowNum() >= 2;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
