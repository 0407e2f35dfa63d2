package uk.dln.secretariat.app.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;

/** The Board packs folder can be typed as well as chosen: it is checked, and a wrong one says why under it. */
class PackFolderTypedTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay()
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private BoardPackViewModel viewModel;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        viewModel = new BoardPackViewModel(new WorkspaceService(executor, preferences.preferences()), executor,
                CLOCK, new FileOpener() {
                    @Override
                    public boolean isSupported() {
                        return false;
                    }

                    @Override
                    public void open(Path fileOrFolder) {
                    }
                }, Optional::empty);
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.close();
    }

    @Test
    void aTypedFolderThatExistsAndCanBeWrittenIsUsed() {
        viewModel.folderTextProperty().set(folder.toString());

        assertEquals(folder, viewModel.folderProperty().get());
        assertEquals("", viewModel.folderProblemProperty().get());
    }

    @Test
    void aFolderChosenWithTheChooserShowsInTheField() {
        viewModel.folderProperty().set(folder);

        assertEquals(folder.toString(), viewModel.folderTextProperty().get());
        assertEquals("", viewModel.folderProblemProperty().get());
    }

    @Test
    void aMissingFolderIsRefusedWithAMessageAndNothingIsExportedUntilItIsCorrected() {
        String missing = folder.resolve("Packs").toString();
        viewModel.folderTextProperty().set(missing);

        assertNull(viewModel.folderProperty().get());
        assertEquals(Messages.get("pack.error.folder", missing), viewModel.folderProblemProperty().get());

        viewModel.folderTextProperty().set(folder.toString());
        assertEquals("", viewModel.folderProblemProperty().get());
        assertEquals(folder, viewModel.folderProperty().get());
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        viewModel.folderTextProperty().set(file.toString());

        assertNull(viewModel.folderProperty().get());
        assertEquals(Messages.get("pack.folder.notFolder", file.toString()), viewModel.folderProblemProperty().get());
    }

    @Test
    void aFolderThatCannotBeWrittenToIsRefused() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            viewModel.folderTextProperty().set(locked.toString());
            // Root can write anywhere: then the folder is rightly accepted.
            if (Files.isWritable(locked)) {
                assertEquals(locked, viewModel.folderProperty().get());
            } else {
                assertNull(viewModel.folderProperty().get());
                assertEquals(Messages.get("pack.folder.readOnly", locked.toString()),
                        viewModel.folderProblemProperty().get());
            }
        } finally {
            Files.setPosixFilePermissions(locked, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void anEmptyFieldAsksForAFolder() {
        viewModel.folderTextProperty().set("   ");

        assertNull(viewModel.folderProperty().get());
        assertEquals(Messages.get("pack.folder.required"), viewModel.folderProblemProperty().get());
        assertFalse(viewModel.folderProblemProperty().get().isEmpty());
        assertTrue(viewModel.folderTextProperty().get().isBlank(), "the text is kept as typed");
    }
}
