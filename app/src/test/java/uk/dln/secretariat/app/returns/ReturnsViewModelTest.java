package uk.dln.secretariat.app.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
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
        DemoWorkspace.fill(workspaces.records().orElseThrow(), clock);
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
        assertTrue(viewModel.previews().isEmpty());
        assertTrue(viewModel.statusProperty().get().startsWith("Stored 1 changes"), viewModel.statusProperty().get());
        assertTrue(viewModel.returns().stream().anyMatch(r -> r.state() == IssuedReturn.State.TAKEN_IN));
    }

    @Test
    void severalFilesDroppedAreAllPreviewedAndEachAcceptedFileIsTakenIn() throws Exception {
        viewModel.issue();
        Path returned = viewModel.folderProperty().get();
        var workbooks = viewModel.returns().stream().map(r -> returned.resolve(r.fileName()))
                .filter(ReturnsViewModelTest::hasActions).limit(2).toList();
        assertEquals(2, workbooks.size(), "the demo issues at least two returns with actions");
        for (Path workbook : workbooks) {
            writeNewUpdate(workbook, "Board paper drafted.");
        }
        Path notAWorkbook = folder.resolve("notes.xlsx");
        Files.writeString(notAWorkbook, "not a workbook");

        viewModel.read(List.of(workbooks.get(0), notAWorkbook, workbooks.get(1)));

        assertEquals(3, viewModel.previews().size(), viewModel.statusProperty().get());
        assertEquals(2, viewModel.choices().size(), "one change from each returned workbook");
        assertEquals(2, viewModel.choices().stream().map(c -> c.change().organisation()).distinct().count());
        assertTrue(viewModel.problemsProperty().get().contains("notes.xlsx"), viewModel.problemsProperty().get());
        assertTrue(viewModel.statusProperty().get().contains("1 refused"), viewModel.statusProperty().get());

        viewModel.takeIn();

        assertTrue(viewModel.previews().isEmpty());
        assertTrue(viewModel.statusProperty().get().startsWith("Stored 2 changes from 2 returns"),
                viewModel.statusProperty().get());
        assertEquals(2, viewModel.returns().stream().filter(r -> r.state() == IssuedReturn.State.TAKEN_IN).count());
    }

    @Test
    void theTableShowsEachOrganisationsLatestReturnOnce() {
        viewModel.issue();
        int organisations = viewModel.returns().size();
        var first = viewModel.returns().stream().map(IssuedReturn::id).toList();

        viewModel.issue();

        assertEquals(organisations, viewModel.returns().size(), "issued again: the same organisations, once each");
        assertTrue(viewModel.returns().stream().noneMatch(r -> first.contains(r.id())), "the latest returns");
        var names = viewModel.returns().stream().map(IssuedReturn::organisation).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "by organisation");
    }

    private static void writeNewUpdate(Path workbook, String update) throws java.io.IOException {
        org.apache.poi.ss.usermodel.Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        book.getSheet("Actions").getRow(2).getCell(7).setCellValue(update);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            book.write(out);
        }
        book.close();
    }

    private static boolean hasActions(Path workbook) {
        try (InputStream in = Files.newInputStream(workbook); var book = WorkbookFactory.create(in)) {
            return book.getSheet("Actions").getLastRowNum() >= 2;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
