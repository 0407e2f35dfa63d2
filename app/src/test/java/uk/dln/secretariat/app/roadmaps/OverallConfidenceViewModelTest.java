package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;

class OverallConfidenceViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private RoadmapsViewModel context;
    private OverallConfidenceViewModel judged;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new ScriptedDialogs());
        judged = new OverallConfidenceViewModel(context);
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

    private void judge(DeliveryConfidence confidence, String reason) {
        judged.confidenceProperty().set(confidence);
        judged.rationaleProperty().set(reason);
        assertTrue(judged.save());
    }

    @Test
    void eachJudgementIsKeptAndTheLatestStandsFirst() {
        judge(DeliveryConfidence.GREEN, "Funded and staffed");
        judge(DeliveryConfidence.AMBER, "The supplier is late");
        assertEquals(List.of("The supplier is late", "Funded and staffed"),
                judged.history().stream().map(OverallConfidence::rationale).toList());
        assertEquals(DeliveryConfidence.AMBER, judged.confidenceProperty().get());
        assertEquals(TODAY, judged.history().get(0).setOn());
        assertEquals("", judged.rationaleProperty().get());
    }

    @Test
    void aJudgementWithoutItsReasonIsRefusedUnderTheField() {
        judged.confidenceProperty().set(DeliveryConfidence.RED);
        judged.rationaleProperty().set("  ");
        assertFalse(judged.save());
        assertFalse(judged.errors().of(OverallConfidenceViewModel.RATIONALE).get().isEmpty());
        assertTrue(judged.history().isEmpty());
    }

    @Test
    void aJudgementNeedsAConfidence() {
        judged.rationaleProperty().set("No view yet");
        assertNull(judged.confidenceProperty().get());
        assertFalse(judged.save());
        assertFalse(judged.errors().of(OverallConfidenceViewModel.CONFIDENCE).get().isEmpty());
    }
}
