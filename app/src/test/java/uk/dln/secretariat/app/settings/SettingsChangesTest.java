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
        viewModel = new NetworkSettingsViewModel(workspace.data(), new SameThreadTaskExecutor(), dialogs);
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

    @Test
    void savingOverSettingsSomeoneElseSavedSinceAsksReloadOrKeepEditingAndKeepingEditingSavesNothing() {
        workspace.settings().saveExceptionsLimit(40);
        viewModel.networkNameProperty().set("Digital and Data Leaders");

        viewModel.save(() -> { });

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).contains("(exceptionsLimit)"), dialogs.conflicts.get(0));
        assertEquals("Digital and Data Leaders", viewModel.networkNameProperty().get());
        assertEquals(40, workspace.settings().exceptionsLimit());
        assertFalse(workspace.settings().load().networkName().equals("Digital and Data Leaders"));
    }

    @Test
    void reloadAfterARefusedSaveShowsTheOtherPersonsSettingsAndTheNextSaveIsMadeOverThem() {
        workspace.settings().saveExceptionsLimit(40);
        viewModel.networkNameProperty().set("Digital and Data Leaders");
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        viewModel.save(() -> { });
        viewModel.networkNameProperty().set("Digital and Data Leaders");
        viewModel.save(() -> { });

        assertEquals("40", viewModel.exceptionsLimitProperty().get());
        assertEquals("Digital and Data Leaders", workspace.settings().load().networkName());
        assertEquals(40, workspace.settings().exceptionsLimit());
        assertEquals(1, dialogs.conflicts.size());
    }
}
