package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.refresh.SectionRefresh;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.persistence.roadmaps.Roadmaps;

/**
 * Someone else saves a milestone, a risk or the overall confidence while the Roadmaps section holds typing over it:
 * the typing stays, the form says who changed it and when, Reload shows the stored record once the typing may go,
 * and a save over their change is refused with Reload or Keep editing (decision 0049).
 */
class RoadmapsChangedByOthersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String NOTICE = Messages.get("changes.byOthers.notice", "coordinator_dwp", "10:42");

    @TempDir
    Path folder;

    private final List<Consumer<RecordChanged>> colleagues = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private RoadmapsViewModel context;
    private MilestoneFormViewModel milestone;
    private RisksViewModel risks;
    private OverallConfidenceViewModel judged;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        context = new RoadmapsViewModel(workspaces, executor,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), dialogs);
        var strategy = new RoadmapFormViewModel(context);
        milestone = new MilestoneFormViewModel(context);
        risks = new RisksViewModel(context);
        judged = new OverallConfidenceViewModel(context);
        // Wired as the window wires it, with the grouping's wait and the hop to the FX thread taken out.
        var delivery = new ChangeDelivery(Runnable::run, (delay, action) -> action.run(), Duration.ZERO,
                Clock.fixed(Instant.parse("2026-11-22T10:42:00Z"), ZoneOffset.UTC));
        workspaces.changesByOthersProperty().addListener((obs, old, source) -> delivery.follow(source));
        var refresh = new SectionRefresh(delivery, new SimpleObjectProperty<>(Section.ROADMAPS));
        refresh.reload(Section.ROADMAPS, context.changes(), context::reload);
        refresh.tell(Section.ROADMAPS, context::othersChanged);
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        workspaces.records().orElseThrow().organisations().save(Organisation.create("Department for Work and Pensions",
                "DWP", OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspaces.followChangesByOthers(listener -> {
            colleagues.add(listener);
            return () -> colleagues.remove(listener);
        });
        context.reload();
        strategy.titleProperty().set("DWP digital strategy");
        assertTrue(strategy.save());
        milestone.titleProperty().set("Universal Credit online");
        milestone.baselineProperty().set("30/09/2026");
        milestone.forecastProperty().set("30/09/2026");
        assertTrue(milestone.save());
        risks.select(null);
        risks.titleProperty().set("Supplier fails");
        risks.likelihoodProperty().set("2");
        risks.impactProperty().set("3");
        risks.reviewProperty().set("01/12/2026");
        assertTrue(risks.save());
        assertEquals(1, risks.risks().size());
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private Roadmaps stored() {
        return workspaces.records().orElseThrow().roadmaps();
    }

    private long roadmapId() {
        return context.snapshot().selected().orElseThrow().roadmap().id();
    }

    private Risk storedRisk() {
        return stored().risks().findByRoadmap(roadmapId()).get(0);
    }

    private void told(String table, long id) {
        List.copyOf(colleagues).forEach(listener -> listener.accept(new RecordChanged(table, id, "coordinator_dwp")));
    }

    private void riskRescoredBehindTheForm() {
        Risk theirs = storedRisk();
        stored().risks().save(new Risk(theirs.id(), theirs.roadmapId(), theirs.title(), "", "", 4, 3, "",
                theirs.status(), theirs.reviewDate(), Set.of(), theirs.version()));
        told("risk", theirs.id());
    }

    @Test
    void typingOverARiskSomeoneElseSavedIsKeptWithANoticeNamingThem() {
        risks.mitigationProperty().set("Second supplier on standby");

        riskRescoredBehindTheForm();

        assertEquals("Second supplier on standby", risks.mitigationProperty().get());
        assertEquals("2", risks.likelihoodProperty().get(), "nothing written over the typing");
        assertEquals(NOTICE, risks.changedByOtherProperty().get());
    }

    @Test
    void aRiskListWithoutTypingIsReadAgainWithTheirScoreAndNoNotice() {
        riskRescoredBehindTheForm();

        assertEquals(4, risks.risks().get(0).likelihood());
        assertEquals("", risks.changedByOtherProperty().get());
    }

    @Test
    void reloadAsksAboutTheTypingAndOnDiscardShowsTheStoredRisk() {
        risks.mitigationProperty().set("Second supplier on standby");
        riskRescoredBehindTheForm();
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        risks.reloadStored();

        assertEquals(1, dialogs.saveQuestions.size());
        assertEquals("4", risks.likelihoodProperty().get());
        assertEquals("", risks.mitigationProperty().get());
        assertEquals("", risks.changedByOtherProperty().get());
        assertFalse(risks.changes().isDirty());
    }

    @Test
    void savingTheRiskOverTheirChangeAsksToReloadAndKeepEditingStoresNothing() {
        risks.mitigationProperty().set("Second supplier on standby");
        riskRescoredBehindTheForm();
        dialogs.reloads.add(false);

        risks.save();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("Second supplier on standby", risks.mitigationProperty().get());
        assertEquals(4, storedRisk().likelihood());
        assertEquals("", storedRisk().mitigation());
    }

    @Test
    void typingOverAMilestoneSomeoneElseSavedIsKeptWithANotice() {
        Milestone theirs = stored().milestones().findByRoadmap(roadmapId()).get(0);
        milestone.edit(context.snapshot().selected().orElseThrow().milestones().get(0));
        milestone.ownerProperty().set("Jo Bloggs");

        stored().milestones().save(theirs.withForecast(LocalDate.of(2026, 10, 31), DeliveryConfidence.AMBER),
                "supplier late");
        told("milestone", theirs.id());

        assertEquals("Jo Bloggs", milestone.ownerProperty().get());
        assertEquals(NOTICE, milestone.changedByOtherProperty().get());
    }

    @Test
    void aJudgementTypedWhileSomeoneElseSetsOneShowsTheNoticeAndItsSaveIsRefused() {
        judged.confidenceProperty().set(DeliveryConfidence.GREEN);
        judged.rationaleProperty().set("On track");

        OverallConfidence theirs = stored().overallConfidence().record(new OverallConfidence(0, roadmapId(),
                DeliveryConfidence.AMBER, "Supplier late", TODAY), null);
        told("roadmap_confidence", theirs.id());
        assertEquals(NOTICE, judged.changedByOtherProperty().get());
        dialogs.reloads.add(false);
        judged.save();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("On track", judged.rationaleProperty().get());
        assertEquals(List.of(theirs), stored().overallConfidence().history(roadmapId()));
    }

    @Test
    void aJudgementSetByAnotherIsShownAndOneMadeOverItIsRecorded() {
        OverallConfidence theirs = stored().overallConfidence().record(new OverallConfidence(0, roadmapId(),
                DeliveryConfidence.AMBER, "Supplier late", TODAY), null);
        told("roadmap_confidence", theirs.id());
        assertEquals(List.of(theirs), judged.history());
        assertEquals(DeliveryConfidence.AMBER, judged.confidenceProperty().get());
        judged.confidenceProperty().set(DeliveryConfidence.GREEN);
        judged.rationaleProperty().set("New supplier found");

        assertTrue(judged.save());

        assertTrue(dialogs.conflicts.isEmpty(), dialogs.conflicts.toString());
        assertEquals(2, judged.history().size());
        assertEquals("New supplier found", judged.history().get(0).rationale());
        assertFalse(judged.changes().isDirty());
    }
}
