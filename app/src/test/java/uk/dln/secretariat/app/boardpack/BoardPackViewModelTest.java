package uk.dln.secretariat.app.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.demo.RoadmapDemoData;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

class BoardPackViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private final FakeOpener opener = new FakeOpener();
    private boolean cancelOnStart;
    private BoardPackViewModel viewModel;

    /** Runs tasks on the calling thread; can cancel a task as it starts, as a person pressing Cancel would. */
    private final class Executor implements TaskExecutor {
        private final SameThreadTaskExecutor delegate = new SameThreadTaskExecutor();

        @Override
        public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
            if (cancelOnStart && task.isCancellable()) {
                task.cancel();
            }
            return delegate.execute(task);
        }

        @Override
        public ObservableList<BackgroundTask<?>> running() {
            return delegate.running();
        }

        @Override
        public void shutdown() {
        }
    }

    private static final class FakeOpener implements FileOpener {
        boolean supported = true;
        final List<Path> opened = new ArrayList<>();

        @Override
        public boolean isSupported() {
            return supported;
        }

        @Override
        public void open(Path fileOrFolder) {
            opened.add(fileOrFolder);
        }
    }

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new Executor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        var workspace = workspaces.records().orElseThrow();
        workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        new RoadmapDemoData().fill(workspace, TODAY);
        viewModel = new BoardPackViewModel(workspaces, executor, CLOCK, opener);
        viewModel.folderProperty().set(folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private List<String> exported() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("w.secretariat")).sorted()
                    .toList();
        }
    }

    @Test
    void exportWritesThePackAndTheTrackersIntoTheChosenFolder() throws IOException {
        viewModel.export();

        assertNotNull(viewModel.resultProperty().get(), viewModel.statusProperty().get());
        assertEquals(List.of("Board pack 2026-11-03.docx", "Trackers 2026-11-03.xlsx"), exported());
        assertTrue(viewModel.statusProperty().get().startsWith("Saved Board pack 2026-11-03.docx"));
        assertFalse(viewModel.runningProperty().get());
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws IOException {
        cancelOnStart = true;

        viewModel.export();

        assertNull(viewModel.resultProperty().get());
        assertEquals(List.of(), exported());
        assertEquals("Export cancelled. No file was written.", viewModel.statusProperty().get());
    }

    @Test
    void anExportIntoAFolderRemovedSinceItWasChosenSaysSoAndWritesNothing() throws IOException {
        Path gone = Files.createDirectory(folder.resolve("gone"));
        viewModel.folderProperty().set(gone);
        Files.delete(gone);

        viewModel.export();

        assertNull(viewModel.resultProperty().get());
        assertTrue(viewModel.statusProperty().get().contains("does not exist"), viewModel.statusProperty().get());
    }

    @Test
    void exportIsOfferedOnlyWithAtLeastOneSection() {
        assertTrue(viewModel.canExportProperty().get());
        for (PackSection section : PackSection.values()) {
            viewModel.sectionProperty(section).set(false);
        }
        assertFalse(viewModel.canExportProperty().get());
    }

    @Test
    void theWrittenFilesOpenInTheDesktopsApplications() {
        viewModel.export();
        viewModel.openPack();
        viewModel.openFolder();

        assertEquals(List.of(viewModel.resultProperty().get().pack(), folder), opener.opened);
    }

    @Test
    void whereTheDesktopCannotOpenFilesThePersonIsToldWhereToFindThem() {
        opener.supported = false;
        viewModel.export();

        viewModel.openTrackers();

        assertTrue(opener.opened.isEmpty());
        assertTrue(viewModel.statusProperty().get().startsWith("This computer offers no way to open files"));
    }
}
