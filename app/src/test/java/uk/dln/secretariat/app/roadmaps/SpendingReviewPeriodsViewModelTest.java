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
}
