package uk.dln.secretariat.app.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.demo.DemoData;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.returns.IssuedReturn;

class ReturnsViewModelTest {

    private final Clock clock = Clock.systemDefaultZone();

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ReturnsViewModel viewModel;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        new DemoData(clock).fill(workspaces.current().orElseThrow());
        viewModel = new ReturnsViewModel(workspaces, executor, clock, folder.resolve("returns"));
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void issuedReturnsAreListedOutstandingThenReadIntoAPreviewAndTakenIn() throws Exception {
        viewModel.issue();
        assertTrue(viewModel.returns().size() > 1, viewModel.statusProperty().get());
        assertTrue(viewModel.returns().stream().allMatch(r -> r.state() == IssuedReturn.State.OUTSTANDING));
        assertEquals("Outstanding", viewModel.stateText(viewModel.returns().get(0)));

        Path workbook = viewModel.folderProperty().get().resolve(viewModel.returns().stream()
                .filter(r -> hasActions(viewModel.folderProperty().get().resolve(r.fileName())))
                .findFirst().orElseThrow().fileName());
        org.apache.poi.ss.usermodel.Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        book.getSheet("Actions").getRow(2).getCell(7).setCellValue("Board paper drafted.");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            book.write(out);
        }
        book.close();

        viewModel.read(workbook);
        assertEquals(1, viewModel.choices().size(), viewModel.statusProperty().get());
        assertTrue(viewModel.choices().get(0).accepted().get());

        viewModel.takeIn();
        assertNull(viewModel.previewProperty().get());
        assertTrue(viewModel.statusProperty().get().startsWith("Stored 1 changes"), viewModel.statusProperty().get());
        assertTrue(viewModel.returns().stream().anyMatch(r -> r.state() == IssuedReturn.State.TAKEN_IN));
    }

    private static boolean hasActions(Path workbook) {
        try (InputStream in = Files.newInputStream(workbook); var book = WorkbookFactory.create(in)) {
            return book.getSheet("Actions").getLastRowNum() >= 2;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
