package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.ExceptionKind;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;

class RoadmapsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RoadmapsViewModel context;
    private RoadmapFormViewModel strategy;
    private MilestoneFormViewModel milestone;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), dialogs);
        strategy = new RoadmapFormViewModel(context);
        milestone = new MilestoneFormViewModel(context);
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        workspaces.records().orElseThrow().organisations().save(
                Organisation.create("HM Revenue and Customs", "HMRC", OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        context.reload();
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private void saveStrategy() {
        strategy.titleProperty().set("HMRC digital strategy");
        assertTrue(strategy.save());
    }

    private void fillMilestone(String title, String baseline, String forecast) {
        milestone.startNew();
        milestone.titleProperty().set(title);
        milestone.baselineProperty().set(baseline);
        milestone.forecastProperty().set(forecast);
    }

    @Test
    void withoutAWorkspaceTheSectionIsEmpty() {
        workspaces.close();
        assertTrue(context.snapshot().periods().isEmpty());
    }

    @Test
    void opensOnTheLatestPeriodAndTheFirstMemberOrganisation() {
        assertEquals("SR2025", context.snapshot().period().orElseThrow().code());
        assertEquals("HMRC", context.snapshot().organisation().orElseThrow().shortName());
        assertTrue(context.snapshot().selected().isEmpty());
    }

    @Test
    void aMilestoneNeedsTheStrategySavedFirst() {
        fillMilestone("Go live", "30/09/2026", "30/09/2026");
        assertFalse(milestone.save());
        assertFalse(milestone.errors().general().get().isEmpty());
    }

    @Test
    void movingAForecastShowsTheSlippageAndTheHistory() {
        saveStrategy();
        fillMilestone("Go live", "30/09/2026", "30/09/2026");
        assertTrue(milestone.save());
        milestone.forecastProperty().set("31/10/2026");
        assertTrue(milestone.save());

        assertEquals("31 days late", milestone.slippageText());
        assertEquals(2, milestone.history().size());
    }

    @Test
    void aForecastBeforeThePeriodIsShownOnTheForecastFieldAndNothingIsStored() {
        saveStrategy();
        fillMilestone("Too early", "30/09/2026", "31/03/2026");
        assertFalse(milestone.save());
        assertTrue(milestone.errors().of(MilestoneFormViewModel.FORECAST).get().contains("SR2025"));
        assertTrue(context.snapshot().selected().orElseThrow().milestones().isEmpty());
    }

    @Test
    void aDateThatIsNotADateIsSaidSo() {
        saveStrategy();
        fillMilestone("Go live", "31/02/2026", "next spring");
        assertFalse(milestone.save());
        assertTrue(milestone.errors().of(MilestoneFormViewModel.BASELINE).get().contains("31/02/2026"));
        assertTrue(milestone.errors().of(MilestoneFormViewModel.FORECAST).get().contains("next spring"));
    }

    @Test
    void aLikelihoodOfSevenIsRefusedOnItsField() {
        saveStrategy();
        var risks = new RisksViewModel(context);
        risks.select(null);
        risks.titleProperty().set("Supplier exit");
        risks.likelihoodProperty().set("7");
        risks.impactProperty().set("3");
        risks.reviewProperty().set("01/12/2026");
        assertFalse(risks.save());
        assertTrue(risks.errors().of(RisksViewModel.LIKELIHOOD).get().contains("7"));
        assertTrue(risks.risks().isEmpty());
    }

    @Test
    void aReadingForAnUnknownQuarterIsRefusedAndAGoodOneIsJudged() {
        saveStrategy();
        var indicators = new IndicatorsViewModel(context);
        indicators.select(null);
        indicators.nameProperty().set("Online uptake");
        indicators.baselineProperty().set("40");
        indicators.targetProperty().set("80");
        indicators.targetDateProperty().set("01/04/2028");
        assertTrue(indicators.save());

        indicators.periodProperty().set("2031-32 Q1");
        indicators.valueProperty().set("45");
        assertFalse(indicators.addReading());
        assertTrue(indicators.readingErrors().of(IndicatorsViewModel.PERIOD).get().contains("2031-32 Q1"));

        indicators.periodProperty().set("2026-27 Q2");
        indicators.valueProperty().set("52");
        assertTrue(indicators.addReading());
        var stored = indicators.indicators().get(0);
        assertEquals(IndicatorTrack.ON_TRACK, indicators.track(stored));
        assertEquals(12, indicators.trend().size());
    }

    @Test
    void aRedMilestoneIsInTheExceptionsReport() {
        saveStrategy();
        fillMilestone("Troubled", "30/09/2026", "30/09/2026");
        milestone.confidenceProperty().set(uk.dln.secretariat.model.roadmaps.DeliveryConfidence.RED);
        assertTrue(milestone.save());
        assertEquals(ExceptionKind.RED_MILESTONE, context.exceptions().entries().get(0).kind());
        assertEquals(TODAY, context.exceptions().asOf());
    }
}
