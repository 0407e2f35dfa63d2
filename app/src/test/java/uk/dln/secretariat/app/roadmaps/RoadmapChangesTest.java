package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** The roadmap forms know when they hold unsaved work, and another organisation's roadmap asks about it first. */
class RoadmapChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RoadmapsViewModel context;
    private MilestoneFormViewModel milestone;
    private IndicatorsViewModel indicators;
    private RisksViewModel risks;
    private RoadmapFormViewModel strategy;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), dialogs);
        strategy = new RoadmapFormViewModel(context);
        milestone = new MilestoneFormViewModel(context);
        indicators = new IndicatorsViewModel(context);
        risks = new RisksViewModel(context);
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        var organisations = workspaces.records().orElseThrow().organisations();
        organisations.save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        organisations.save(Organisation.create("Department for Work and Pensions", "DWP",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        context.reload();
        strategy.titleProperty().set("A digital strategy");
        assertTrue(strategy.save());
        milestone.startNew();
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private String shownOrganisation() {
        return context.snapshot().organisation().orElseThrow().shortName();
    }

    /** The organisation whose roadmap is not showing. */
    private Organisation other() {
        return context.snapshot().organisations().stream()
                .filter(o -> !o.shortName().equals(shownOrganisation())).findFirst().orElseThrow();
    }

    @Test
    void theFormsJoinTheSectionsGuardAndStartClean() {
        assertEquals(List.of(strategy, milestone, indicators, indicators.readingEditor(), risks),
                context.changes().editors());
        assertFalse(context.changes().isDirty(), () -> context.changes().dirtyEditors().toString());
    }

    @Test
    void aMilestoneTitleTypedAndTypedBackIsClean() {
        milestone.titleProperty().set("Go live");
        assertTrue(milestone.isDirty());

        milestone.titleProperty().set("");

        assertFalse(milestone.isDirty());
    }

    @Test
    void anotherOrganisationOverAnUnsavedRiskThenCancelStays() {
        risks.titleProperty().set("Supplier exit");
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        String before = shownOrganisation();

        context.chooseOrganisation(other());

        assertEquals(List.of("Risk: save your changes?"), dialogs.saveQuestions);
        assertEquals(before, shownOrganisation());
        assertEquals("Supplier exit", risks.titleProperty().get());
    }

    @Test
    void anotherOrganisationOverAnUnsavedReadingAsksThenDiscardClearsIt() {
        indicators.valueProperty().set("42");
        assertTrue(indicators.readingEditor().isDirty());
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        dialogs.saveChoices.add(SaveChoice.DISCARD);
        Organisation other = other();

        context.chooseOrganisation(other);
        assertEquals(List.of("New reading: save your changes?"), dialogs.saveQuestions);
        assertEquals("42", indicators.valueProperty().get());

        context.chooseOrganisation(other);
        assertEquals(other.shortName(), shownOrganisation());
        assertEquals("", indicators.valueProperty().get());
        assertFalse(context.changes().isDirty());
    }

    @Test
    void anotherOrganisationOverAnUnsavedMilestoneThenDiscardGoesThere() {
        milestone.titleProperty().set("Go live");
        dialogs.saveChoices.add(SaveChoice.DISCARD);
        Organisation other = other();

        context.chooseOrganisation(other);

        assertEquals(other.shortName(), shownOrganisation());
        assertEquals("", milestone.titleProperty().get());
        assertFalse(context.changes().isDirty());
    }

    @Test
    void savingAMilestoneKeepsTheStrategyBeingTyped() {
        strategy.summaryProperty().set("Move every service to the cloud");
        milestone.titleProperty().set("Go live");
        milestone.baselineProperty().set("30/09/2026");
        milestone.forecastProperty().set("30/09/2026");

        assertTrue(milestone.save());

        assertEquals("Move every service to the cloud", strategy.summaryProperty().get());
        assertTrue(strategy.isDirty());
    }

    @Test
    void aSavedStrategyIsClean() {
        strategy.summaryProperty().set("Move every service to the cloud");

        assertTrue(strategy.save());

        assertFalse(strategy.isDirty());
        assertEquals("Move every service to the cloud", strategy.summaryProperty().get());
    }

    @Test
    void savingAMilestoneKeepsTheIndicatorBeingTyped() {
        indicators.nameProperty().set("Digital take-up");
        milestone.titleProperty().set("Go live");
        milestone.baselineProperty().set("30/09/2026");
        milestone.forecastProperty().set("30/09/2026");

        assertTrue(milestone.save());

        assertEquals("Digital take-up", indicators.nameProperty().get());
        assertTrue(indicators.isDirty());
        assertFalse(milestone.isDirty());
    }
}
