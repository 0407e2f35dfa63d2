package uk.dln.secretariat.app.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.ReturnHeader;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.time.Quarter;

class ReturnComparerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    @Test
    void aNewRiskFromAnOrganisationWithNoRoadmapInThePeriodIsRefusedWithItsRowNotDropped() {
        var header = new ReturnHeader("w".repeat(32), "r".repeat(32), "DWP", "DWP", DAY, DAY.plusWeeks(2),
                Quarter.of(DAY), "OFFICIAL", "");
        var newRisk = new RiskLine(0, "", "Key supplier fails", "CDIO", 3, 4, "Second supplier", RiskStatus.OPEN,
                DAY.plusMonths(3));
        var returned = new DepartmentalReturn(header, List.of(), List.of(), List.of(), List.of(newRisk));
        var current = new DepartmentalReturn(null, List.of(), List.of(), List.of(), List.of());

        var comparer = new ReturnComparer("DWP", false);
        comparer.compare(returned, current);

        assertEquals(List.of("Risks!C3: DWP has no roadmap in the current Spending Review period, so a new risk has"
                + " nowhere to go. Add the roadmap, then read the return again."), comparer.problems());
        assertEquals(List.of(), comparer.changes());
    }

    @Test
    void aNewRiskWithARoadmapIsAChange() {
        var header = new ReturnHeader("w".repeat(32), "r".repeat(32), "DWP", "DWP", DAY, DAY.plusWeeks(2),
                Quarter.of(DAY), "OFFICIAL", "");
        var newRisk = new RiskLine(0, "", "Key supplier fails", "CDIO", 3, 4, "Second supplier", RiskStatus.OPEN,
                DAY.plusMonths(3));
        var comparer = new ReturnComparer("DWP", true);
        comparer.compare(new DepartmentalReturn(header, List.of(), List.of(), List.of(), List.of(newRisk)),
                new DepartmentalReturn(null, List.of(), List.of(), List.of(), List.of()));

        assertEquals(List.of(), comparer.problems());
        assertEquals(ReturnChange.Kind.NEW_RISK, comparer.changes().get(0).kind());
    }
}
