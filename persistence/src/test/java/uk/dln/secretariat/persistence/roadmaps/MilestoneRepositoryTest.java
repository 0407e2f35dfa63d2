package uk.dln.secretariat.persistence.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;
import uk.dln.secretariat.persistence.Workspace;

class MilestoneRepositoryTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 30);

    @TempDir
    Path folder;
    private Workspace workspace;
    private RoadmapTestData data;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.secretariat"),
                Clock.fixed(LocalDateTime.of(2026, 11, 22, 10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        data = new RoadmapTestData(workspace, "DfE");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aForecastBeforeThePeriodStartsIsRefusedAndNothingIsStored() {
        var error = assertThrows(ValidationException.class,
                () -> data.milestone("Too early", BASELINE, LocalDate.of(2026, 3, 1)));
        assertEquals("forecastDate", error.problems().get(0).field());
        assertEquals("roadmaps.error.beforePeriod", error.messageKey());
        assertTrue(workspace.roadmaps().milestones().findByRoadmap(data.roadmap.id()).isEmpty());
    }

    @Test
    void movingTheForecastIsRecordedInTheHistoryWithTheSlippageAtEachStep() {
        var milestone = data.milestone("Go live", BASELINE, BASELINE);
        var milestones = workspace.roadmaps().milestones();
        milestones.save(milestone.withForecast(BASELINE.plusDays(30), DeliveryConfidence.AMBER));
        milestones.save(milestone.withForecast(BASELINE.plusDays(30), DeliveryConfidence.AMBER));

        List<MilestoneChange> history = milestones.history(milestone.id());
        assertEquals(List.of(0L, 30L), history.stream().map(MilestoneChange::slippageDays).toList());
        assertEquals(DeliveryConfidence.AMBER, history.get(1).confidence());
        assertEquals(30, milestones.findByRoadmap(data.roadmap.id()).get(0).slippageDays());
    }

    @Test
    void aNewForecastKeepsItsReasonInTheHistory() {
        var milestone = data.milestone("Go live", BASELINE, BASELINE);
        var milestones = workspace.roadmaps().milestones();
        milestones.save(milestone.withForecast(BASELINE.plusDays(45), DeliveryConfidence.AMBER),
                "supplier delayed the data migration");

        List<MilestoneChange> history = milestones.history(milestone.id());
        assertEquals(List.of("", "supplier delayed the data migration"),
                history.stream().map(MilestoneChange::reason).toList());
    }

    @Test
    void aDependencyLoopIsRefusedNamingTheMilestonesAndTheOldDependenciesStay() {
        var first = data.milestone("Discovery", BASELINE, BASELINE);
        var second = data.milestone("Alpha", BASELINE, BASELINE, first.id());
        var milestones = workspace.roadmaps().milestones();

        var error = assertThrows(ValidationException.class, () -> milestones.save(new uk.dln.secretariat.model
                .roadmaps.Milestone(first.id(), first.roadmapId(), first.title(), "", "", BASELINE, BASELINE, null,
                first.status(), first.confidence(), Set.of(second.id()))));

        assertEquals("roadmaps.error.dependencyCycle", error.messageKey());
        assertEquals(List.of("Discovery \u2192 Alpha \u2192 Discovery"), error.arguments());
        assertEquals(Set.of(), milestones.findByRoadmap(data.roadmap.id()).stream()
                .filter(m -> m.id() == first.id()).findFirst().orElseThrow().dependsOn());
    }

    @Test
    void dependenciesMayCrossOrganisationsWithinThePeriod() {
        var other = new RoadmapTestData(workspace, "HMRC");
        var theirs = other.milestone("Shared platform", BASELINE, BASELINE);
        var ours = data.milestone("Use the platform", BASELINE, BASELINE.plusDays(10), theirs.id());
        assertEquals(Set.of(theirs.id()), workspace.roadmaps().milestones().findByPeriod(data.sr2025.id()).stream()
                .filter(m -> m.id() == ours.id()).findFirst().orElseThrow().dependsOn());
    }
}
