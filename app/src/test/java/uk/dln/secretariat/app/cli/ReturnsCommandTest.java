package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.persistence.Workspace;

class ReturnsCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path file;

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @BeforeEach
    void demoWorkspace() {
        file = folder.resolve("demo.secretariat");
        DemoWorkspace.create(file);
    }

    @Test
    void importPrintsThePreviewAndStoresOnlyWithAcceptAll() throws IOException {
        Path returns = folder.resolve("returns");
        String due = LocalDate.now().plusWeeks(2).toString();
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "issue", "--out", returns.toString(),
                "--due", due), err.toString());
        Path workbook;
        try (Stream<Path> files = Files.list(returns)) {
            workbook = files.filter(p -> hasActions(p)).findFirst().orElseThrow();
        }
        setFirstActionStatus(workbook, "Proposed for closure");
        long auditBefore = auditCount();

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "import", workbook.toString()), err.toString());
        assertTrue(out.toString().contains("\u2192 Proposed for closure"), out.toString());
        assertEquals(auditBefore, auditCount(), "the preview changed no action");

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "returns", "import", "--accept-all",
                workbook.toString()), err.toString());
        assertTrue(err.toString().contains("Stored 1 changes"), err.toString());
        try (var workspace = Workspace.open(file)) {
            assertTrue(workspace.returns().findAll().stream().anyMatch(r -> r.state() == IssuedReturn.State.TAKEN_IN));
        }
    }

    @Test
    void aFileThatIsNotAReturnIsRefusedWithTheInvalidInputCode() throws IOException {
        Path bad = Files.writeString(folder.resolve("notes.xlsx"), "plain text");
        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "returns", "import", bad.toString()));
        assertTrue(err.toString().contains("is not a workbook"), err.toString());
    }

    private long auditCount() {
        try (var workspace = Workspace.open(file)) {
            return workspace.audit().find(AuditQuery.all()).stream().filter(e -> e.table().startsWith("action"))
                    .count();
        }
    }

    private static boolean hasActions(Path workbook) {
        try (InputStream in = Files.newInputStream(workbook); var book = WorkbookFactory.create(in)) {
            return book.getSheet("Actions").getLastRowNum() >= 2;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void setFirstActionStatus(Path workbook, String label) throws IOException {
        org.apache.poi.ss.usermodel.Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        var cell = book.getSheet("Actions").getRow(2).getCell(5);
        cell.setCellValue(cell.getStringCellValue().equals(label) ? "In progress" : label);
        try (OutputStream stream = Files.newOutputStream(workbook)) {
            book.write(stream);
        }
        book.close();
    }
}
