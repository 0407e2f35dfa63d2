package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;

class SpendingReviewPeriodsViewModelTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private SpendingReviewPeriodsViewModel viewModel;
    private final AtomicInteger changes = new AtomicInteger();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        viewModel = new SpendingReviewPeriodsViewModel(
                new WorkspaceTasks(workspaces, executor, dialogs), changes::incrementAndGet);
        viewModel.load();
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void theShippedPeriodsAreListed() {
        assertEquals(java.util.List.of("SR2021", "SR2025"),
                viewModel.periods().stream().map(p -> p.code()).sorted().toList());
    }

    @Test
    void aNewPeriodIsSavedAndTheRoadmapScreensAreTold() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2028");
        viewModel.firstYearProperty().set("2029-30");
        viewModel.lastYearProperty().set("2031-32");
        viewModel.save();

        assertEquals(3, viewModel.periods().size());
        assertEquals(1, changes.get());
    }

    @Test
    void anotherPeriodOverOneBeingTypedAsksAndCancelKeepsTheWork() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2028");
        assertTrue(viewModel.isDirty());
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        boolean[] chosen = {false};

        viewModel.guard().leave(() -> chosen[0] = true);
        viewModel.newPeriod();

        assertEquals(java.util.List.of("Spending review periods: save your changes?",
                "Spending review periods: save your changes?"), dialogs.saveQuestions);
        assertTrue(!chosen[0]);
        assertEquals("SR2028", viewModel.codeProperty().get());
    }

    @Test
    void closingOverAPeriodBeingTypedCanSaveItFirst() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2028");
        viewModel.firstYearProperty().set("2029-30");
        viewModel.lastYearProperty().set("2031-32");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        boolean[] closed = {false};

        viewModel.guard().leave(() -> closed[0] = true);

        assertTrue(closed[0]);
        assertEquals(3, workspaces.records().orElseThrow().roadmaps().periods().findAll().size());
        assertTrue(!viewModel.isDirty());
    }

    @Test
    void discardingShowsThePeriodAsStored() {
        viewModel.selectedProperty().set(viewModel.periods().get(0));
        String stored = viewModel.codeProperty().get();
        viewModel.codeProperty().set("SR1999");
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        viewModel.newPeriod();

        assertEquals("", viewModel.codeProperty().get());
        assertTrue(!viewModel.isDirty());
        assertEquals(java.util.List.of(stored), workspaces.records().orElseThrow().roadmaps().periods().findAll()
                .stream().map(p -> p.code()).filter(stored::equals).toList());
    }

    @Test
    void badYearsAreShownOnTheirFieldsAndNothingIsSaved() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2028");
        viewModel.firstYearProperty().set("2029-31");
        viewModel.lastYearProperty().set("2027-28");
        viewModel.save();

        assertTrue(!viewModel.errors().of("firstYear").get().isEmpty());
        assertEquals(2, workspaces.records().orElseThrow().roadmaps().periods().findAll().size());
        assertEquals(0, changes.get());
    }

    @Test
    void aDuplicateCodeIsRefusedOnTheCodeField() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2025");
        viewModel.firstYearProperty().set("2026-27");
        viewModel.lastYearProperty().set("2028-29");
        viewModel.save();

        assertTrue(viewModel.errors().of("code").get().contains("SR2025"), viewModel.errors().of("code").get());
    }

    private uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod sr2021() {
        return viewModel.periods().stream().filter(p -> p.code().equals("SR2021")).findFirst().orElseThrow();
    }

    @Test
    void aPeriodCorrectedOverSomeoneElsesChangeAsksToReloadAndKeepEditingStoresNothing() {
        var shown = sr2021();
        viewModel.selectedProperty().set(shown);
        var stored = workspaces.records().orElseThrow().roadmaps().periods();
        stored.save(new uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod(shown.id(), "SR21", shown.firstYear(),
                shown.lastYear()), shown);
        viewModel.lastYearProperty().set("2025-26");
        dialogs.reloads.add(false);

        viewModel.save();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("SR21", stored.find(shown.id()).orElseThrow().code());
        assertEquals("2025-26", viewModel.lastYearProperty().get());
        assertEquals(0, changes.get());
    }

    @Test
    void deletingAPeriodSomeoneElseChangedAsksToReloadAndReloadShowsTheirs() {
        viewModel.newPeriod();
        viewModel.codeProperty().set("SR2028");
        viewModel.firstYearProperty().set("2029-30");
        viewModel.lastYearProperty().set("2031-32");
        viewModel.save();
        var shown = viewModel.periods().stream().filter(p -> p.code().equals("SR2028")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(shown);
        workspaces.records().orElseThrow().roadmaps().periods().save(new uk.dln.secretariat.model.roadmaps
                .SpendingReviewPeriod(shown.id(), "SR28", shown.firstYear(), shown.lastYear()), shown);
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        viewModel.delete();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("SR28", viewModel.codeProperty().get());
        assertEquals(3, viewModel.periods().size());
    }
}
