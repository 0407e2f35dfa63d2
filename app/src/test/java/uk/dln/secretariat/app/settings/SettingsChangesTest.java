package uk.dln.secretariat.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.persistence.Workspace;

/** The network settings know when they hold unsaved changes, and closing over them asks first. */
class SettingsChangesTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private NetworkSettingsViewModel viewModel;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        viewModel = new NetworkSettingsViewModel(workspace.data(), new SameThreadTaskExecutor());
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void theStoredSettingsJustLoadedAreClean() {
        assertFalse(viewModel.editor().isDirty());
    }

    @Test
    void aPrefixTypedAndTypedBackIsClean() {
        String stored = viewModel.paperReferencePrefixProperty().get();
        viewModel.paperReferencePrefixProperty().set("DDaT");
        assertTrue(viewModel.editor().isDirty());

        viewModel.paperReferencePrefixProperty().set(stored);

        assertFalse(viewModel.editor().isDirty());
    }

    @Test
    void closingOverUnsavedSettingsThenSaveStoresThemAndCloses() {
        viewModel.networkNameProperty().set("Digital and Data Leaders");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        var closed = new ArrayList<String>();

        new ChangeGuard(dialogs).watch(viewModel.editor()).leave(() -> closed.add("closed"));

        assertEquals("Digital and Data Leaders", workspace.settings().load().networkName());
        assertEquals(1, closed.size());
    }

    @Test
    void closingOverSettingsThatAreWrongThenSaveStaysOpen() {
        viewModel.defaultMarkingProperty().set("SECRET");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        var closed = new ArrayList<String>();

        new ChangeGuard(dialogs).watch(viewModel.editor()).leave(() -> closed.add("closed"));

        assertTrue(closed.isEmpty());
        assertTrue(viewModel.editor().isDirty());
    }
}
