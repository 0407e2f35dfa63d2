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

/** The roadmap forms refuse control characters by field, and nothing is saved. */
class ControlCharacterInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private RoadmapsViewModel context;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new ScriptedDialogs());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        workspaces.records().orElseThrow().organisations().save(
                Organisation.create("HM Revenue and Customs", "HMRC", OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        context.reload();
        var strategy = new RoadmapFormViewModel(context);
        strategy.titleProperty().set("HMRC digital strategy");
        assertTrue(strategy.save());
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void aMilestoneTitleWithAControlCharacterIsRefusedUnderTheTitleAndNotSaved() {
        var milestone = new MilestoneFormViewModel(context);
        milestone.startNew();
        milestone.titleProperty().set("Launch\u0001 the service");
        milestone.baselineProperty().set("01/12/2026");
        milestone.forecastProperty().set("01/02/2027");

        assertFalse(milestone.save());

        assertTrue(milestone.errors().of(MilestoneFormViewModel.TITLE).get().contains("U+0001"),
                milestone.errors().of(MilestoneFormViewModel.TITLE).get());
        assertEquals(0, context.snapshot().selected().orElseThrow().milestones().size());
    }

    @Test
    void aRiskMitigationAndAnIndicatorUnitAreChecked() {
        var risks = new RisksViewModel(context);
        risks.titleProperty().set("Supplier capacity");
        risks.mitigationProperty().set("Second supplier\uFFFE");
        risks.likelihoodProperty().set("3");
        risks.impactProperty().set("3");
        risks.reviewProperty().set("01/12/2026");
        assertFalse(risks.save());
        assertTrue(risks.errors().of(RisksViewModel.MITIGATION).get().contains("U+FFFE"));

        var indicators = new IndicatorsViewModel(context);
        indicators.nameProperty().set("Transactions online");
        indicators.unitProperty().set("%\u0002");
        indicators.baselineProperty().set("40");
        indicators.targetProperty().set("80");
        indicators.targetDateProperty().set("31/03/2029");
        assertFalse(indicators.save());
        assertTrue(indicators.errors().of(IndicatorsViewModel.UNIT).get().contains("U+0002"));
    }
}
