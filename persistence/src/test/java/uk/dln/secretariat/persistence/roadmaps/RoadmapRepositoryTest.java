package uk.dln.secretariat.persistence.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.persistence.Workspace;

class RoadmapRepositoryTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.secretariat"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewWorkspaceKnowsSr2021AndSr2025() {
        assertEquals(List.of("SR2021 (2022-23 to 2024-25)", "SR2025 (2026-27 to 2028-29)"),
                workspace.roadmaps().periods().findAll().stream().map(SpendingReviewPeriod::label).toList());
    }

    @Test
    void periodsCanBeEditedButCodesStayUnique() {
        var periods = workspace.roadmaps().periods();
        var sr2025 = periods.findAll().get(1);
        periods.save(new SpendingReviewPeriod(sr2025.id(), "SR2025", new FinancialYear(2026), new FinancialYear(2029)));
        assertEquals(new FinancialYear(2029), periods.find(sr2025.id()).orElseThrow().lastYear());

        var error = assertThrows(ValidationException.class, () -> periods.save(
                new SpendingReviewPeriod(0, "sr2021", new FinancialYear(2030), new FinancialYear(2032))));
        assertEquals("roadmaps.error.duplicatePeriod", error.messageKey());
    }

    @Test
    void anOrganisationHasOneRoadmapPerPeriod() {
        var data = new RoadmapTestData(workspace, "DfE");
        var error = assertThrows(ValidationException.class, () -> workspace.roadmaps().roadmaps().save(
                new Roadmap(0, data.roadmap.organisationId(), data.sr2025.id(), "Another", "", "", null)));
        assertEquals("roadmaps.error.duplicateRoadmap", error.messageKey());
        assertEquals(1, workspace.roadmaps().roadmaps().findByPeriod(data.sr2025.id()).size());
    }

    @Test
    void aPeriodInUseCannotBeDeleted() {
        var data = new RoadmapTestData(workspace, "DfE");
        var error = assertThrows(ValidationException.class,
                () -> workspace.roadmaps().periods().delete(data.sr2025));
        assertEquals("roadmaps.error.periodInUse", error.messageKey());
    }
}
