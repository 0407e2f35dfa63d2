package uk.dln.secretariat.model.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.model.roadmaps.RoadmapFixtures.risk;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;

class RiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theScoreIsLikelihoodTimesImpact() {
        assertEquals(12, risk("Supplier exit", 3, 4, TODAY).score());
    }

    @Test
    void scoresFallIntoBandsAtTheirEdges() {
        assertEquals(RiskRating.LOW, risk("r", 2, 2, TODAY).rating());
        assertEquals(RiskRating.MEDIUM, risk("r", 1, 5, TODAY).rating());
        assertEquals(RiskRating.MEDIUM, risk("r", 3, 3, TODAY).rating());
        assertEquals(RiskRating.HIGH, risk("r", 2, 5, TODAY).rating());
        assertEquals(RiskRating.HIGH, risk("r", 4, 4, TODAY).rating());
        assertEquals(RiskRating.VERY_HIGH, risk("r", 4, 5, TODAY).rating());
    }

    @Test
    void aLikelihoodOfSevenIsRefusedOnItsField() {
        var error = assertThrows(ValidationException.class, () -> risk("r", 7, 3, TODAY));
        assertEquals(Problem.of("likelihood", "roadmaps.error.scale", 7), error.problems().get(0));
    }

    @Test
    void anOpenRiskPastItsReviewDateIsOverdueButAClosedOneIsNot() {
        assertTrue(risk("r", 3, 3, TODAY.minusDays(1)).reviewOverdue(TODAY));
        assertFalse(risk("r", 3, 3, TODAY).reviewOverdue(TODAY));
        var closed = new Risk(0, 1, "r", "", "", 3, 3, "", RiskStatus.CLOSED, TODAY.minusDays(9), Set.of());
        assertFalse(closed.reviewOverdue(TODAY));
    }
}
