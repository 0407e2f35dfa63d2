package uk.dln.secretariat.persistence.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.Workspace;

class IndicatorAndRiskRepositoryTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private RoadmapTestData data;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
        data = new RoadmapTestData(workspace, "DfE");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Indicator uptake() {
        return workspace.roadmaps().indicators().save(new Indicator(0, data.roadmap.id(), "Online uptake", "%",
                IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("40.5"), new BigDecimal("80"),
                LocalDate.of(2029, 3, 31)));
    }

    @Test
    void decimalValuesComeBackExactly() {
        var indicator = uptake();
        assertEquals(List.of(indicator), workspace.roadmaps().indicators().findByRoadmap(data.roadmap.id()));
    }

    @Test
    void aSecondReadingForAQuarterReplacesTheFirst() {
        var indicators = workspace.roadmaps().indicators();
        long id = uptake().id();
        indicators.saveReading(new IndicatorReading(id, Quarter.parse("2026-27 Q2"), new BigDecimal("45"), ""));
        indicators.saveReading(new IndicatorReading(id, Quarter.parse("2026-27 Q2"), new BigDecimal("46.2"), "revised"));
        assertEquals(List.of(new IndicatorReading(id, Quarter.parse("2026-27 Q2"), new BigDecimal("46.2"), "revised")),
                indicators.readings(id));
    }

    @Test
    void aReadingForAQuarterOutsideThePeriodIsRefusedAndNothingIsStored() {
        long id = uptake().id();
        var indicators = workspace.roadmaps().indicators();
        var error = assertThrows(ValidationException.class, () -> indicators.saveReading(
                new IndicatorReading(id, Quarter.parse("2031-32 Q1"), BigDecimal.ONE, "")));
        assertEquals("roadmaps.error.unknownPeriod", error.messageKey());
        assertEquals(List.of(), indicators.readings(id));
    }

    @Test
    void aRiskKeepsTheMilestonesItThreatens() {
        var milestone = data.milestone("Go live", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        var risk = workspace.roadmaps().risks().save(new Risk(0, data.roadmap.id(), "Supplier exit", "", "CDIO", 3, 4,
                "Second supplier", RiskStatus.OPEN, LocalDate.of(2026, 12, 1), Set.of(milestone.id())));
        assertEquals(List.of(risk), workspace.roadmaps().risks().findByRoadmap(data.roadmap.id()));
    }

    @Test
    void aRiskCannotThreatenAnotherRoadmapsMilestone() {
        var theirs = new RoadmapTestData(workspace, "HMRC").milestone("Theirs", LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 9, 30));
        var error = assertThrows(ValidationException.class, () -> workspace.roadmaps().risks().save(new Risk(0,
                data.roadmap.id(), "r", "", "", 3, 4, "", RiskStatus.OPEN, LocalDate.of(2026, 12, 1),
                Set.of(theirs.id()))));
        assertEquals("roadmaps.error.riskMilestone", error.messageKey());
    }

    @Test
    void theOverviewGroupsMilestonesAndRisksByRoadmap() {
        data.milestone("Go live", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30));
        new RoadmapTestData(workspace, "HMRC");
        var overview = workspace.roadmaps().overview(data.sr2025.id());
        assertEquals(List.of("Department of DfE", "Department of HMRC"),
                overview.stream().map(o -> o.organisationName()).toList());
        assertEquals(1, overview.get(0).milestones().size());
        assertEquals(0, overview.get(1).milestones().size());
    }
}
