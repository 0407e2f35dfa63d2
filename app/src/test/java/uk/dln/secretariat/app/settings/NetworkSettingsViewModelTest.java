package uk.dln.secretariat.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;

class NetworkSettingsViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private NetworkSettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        viewModel = new NetworkSettingsViewModel(workspace.data(), new SameThreadTaskExecutor(),
                new uk.dln.secretariat.app.support.ScriptedDialogs());
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void loadsTheStoredSettingsIntoTheFields() {
        assertEquals(NetworkSettings.DEFAULTS.networkName(), viewModel.networkNameProperty().get());
        assertEquals("OFFICIAL", viewModel.defaultMarkingProperty().get());
    }

    @Test
    void aMarkingAboveOfficialSensitiveIsRefusedAndNothingIsSaved() {
        viewModel.networkNameProperty().set("Changed");
        viewModel.defaultMarkingProperty().set("SECRET");

        assertFalse(viewModel.save(() -> { }));

        assertTrue(viewModel.errors().of(NetworkSettingsViewModel.MARKING).get().contains("SECRET"));
        assertEquals(NetworkSettings.DEFAULTS, workspace.settings().load());
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        viewModel.networkNameProperty().set("");
        viewModel.paperReferencePrefixProperty().set("1DLN");
        viewModel.defaultMarkingProperty().set("RESTRICTED");

        viewModel.save(() -> { });

        assertFalse(viewModel.errors().of(NetworkSettingsViewModel.NAME).get().isEmpty());
        assertFalse(viewModel.errors().of(NetworkSettingsViewModel.PREFIX).get().isEmpty());
        assertFalse(viewModel.errors().of(NetworkSettingsViewModel.MARKING).get().isEmpty());
    }

    @Test
    void validSettingsAreSavedAndTheFormIsToldSo() {
        var saved = new AtomicBoolean();
        viewModel.networkNameProperty().set("Digital Leaders");
        viewModel.defaultMarkingProperty().set("official-sensitive personal data");

        assertTrue(viewModel.save(() -> saved.set(true)));

        assertTrue(saved.get());
        assertEquals("OFFICIAL-SENSITIVE PERSONAL DATA", workspace.settings().load().defaultMarking().label());
    }

    @Test
    void theExceptionsLimitStartsAtFifteenAndIsStoredWithTheSettings() {
        assertEquals("15", viewModel.exceptionsLimitProperty().get());
        viewModel.exceptionsLimitProperty().set("8");

        assertTrue(viewModel.save(() -> { }));

        assertEquals(8, workspace.settings().exceptionsLimit());
    }

    @Test
    void anExceptionsLimitThatIsNotAWholeNumberInRangeIsRefusedUnderItsField() {
        viewModel.exceptionsLimitProperty().set("0");

        assertFalse(viewModel.save(() -> { }));

        assertFalse(viewModel.errors().of(NetworkSettingsViewModel.EXCEPTIONS_LIMIT).get().isEmpty());
        assertEquals(15, workspace.settings().exceptionsLimit());
    }
}
