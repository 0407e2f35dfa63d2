package uk.dln.secretariat.model.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.OrganisationState;
import uk.dln.secretariat.model.boardpack.IssuedPack.RiskState;
import uk.dln.secretariat.model.boardpack.PackMovement.Direction;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.ExceptionKind;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;

/**
 * A workspace whose last issued pack is known: department A has a milestone newly red, one slipped further since,
 * one slipped no further, one red all along; its overall confidence went from Amber to Red and department B's from
 * Red to Amber.
 */
class PackMovementTest {

    private static final SpendingReviewPeriod SR2025 =
            new SpendingReviewPeriod(1, "SR2025", new FinancialYear(2026), new FinancialYear(2028));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate LAST_PACK = LocalDate.of(2026, 11, 5);
    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 30);

    private static Milestone milestone(long id, long roadmap, String title, LocalDate forecast,
                                       DeliveryConfidence confidence) {
        return new Milestone(id, roadmap, title, "", "", BASELINE, forecast, null, MilestoneStatus.IN_PROGRESS,
                confidence, Set.of());
    }

    private static Risk risk(long id, long roadmap, String title, int likelihood, int impact, LocalDate review) {
        return new Risk(id, roadmap, title, "", "", likelihood, impact, "", RiskStatus.OPEN, review, Set.of());
    }

    private static final OrganisationRoadmap A = new OrganisationRoadmap("Department A",
            new Roadmap(1, 1, 1, "A strategy", "", "", null),
            List.of(milestone(11, 1, "Newly red", BASELINE.plusDays(10), DeliveryConfidence.RED),
                    milestone(12, 1, "Slipped further", BASELINE.plusDays(90), DeliveryConfidence.AMBER),
                    milestone(13, 1, "Slipped no further", BASELINE.plusDays(60), DeliveryConfidence.AMBER),
                    milestone(14, 1, "Red all along", BASELINE, DeliveryConfidence.RED)),
            List.of(risk(21, 1, "Worse risk", 4, 5, TODAY.plusDays(10)),
                    risk(22, 1, "Same risk", 4, 4, TODAY.minusDays(40)),
                    risk(23, 1, "Barely late review", 1, 1, TODAY.minusDays(3))));

    private static final OrganisationRoadmap B = new OrganisationRoadmap("Department B",
            new Roadmap(2, 2, 1, "B strategy", "", "", null),
            List.of(milestone(31, 2, "B on track", BASELINE, DeliveryConfidence.GREEN)), List.of());

    private static final IssuedPack LAST = new IssuedPack(7, LAST_PACK, "Meeting 10", "OFFICIAL",
            List.of(new OrganisationState(1, "Department A", DeliveryConfidence.AMBER),
                    new OrganisationState(2, "Department B", DeliveryConfidence.RED)),
            List.of(new MilestoneState(11, "Department A", "Newly red", DeliveryConfidence.AMBER, BASELINE.plusDays(10)),
                    new MilestoneState(12, "Department A", "Slipped further", DeliveryConfidence.AMBER,
                            BASELINE.plusDays(40)),
                    new MilestoneState(13, "Department A", "Slipped no further", DeliveryConfidence.AMBER,
                            BASELINE.plusDays(60)),
                    new MilestoneState(14, "Department A", "Red all along", DeliveryConfidence.RED, BASELINE)),
            List.of(), List.of(new RiskState(21, "Department A", "Worse risk", 12),
                    new RiskState(22, "Department A", "Same risk", 16)), List.of());

    private static PackRequest request(Optional<IssuedPack> last) {
        var overall = Map.of(1L, new OverallConfidence(1, 1, DeliveryConfidence.RED, "Funding gap", TODAY),
                2L, new OverallConfidence(2, 2, DeliveryConfidence.AMBER, "Recovering", TODAY));
        var data = new RoadmapPackData(SR2025, 30, List.of(A, B), List.of(), overall, 15, 14);
        return new PackRequest("Network", "Meeting 11", TODAY, List.of(ProtectiveMarking.parse("OFFICIAL")),
                EnumSet.allOf(PackSection.class), Optional.of(data), Optional.empty(), last);
    }

    private final PackMovement movement = PackMovement.of(request(Optional.of(LAST)));

    @Test
    void overallConfidenceMovesAgainstTheLastIssuedPack() {
        var moves = movement.confidence();
        assertEquals(DeliveryConfidence.AMBER, moves.get(0).before());
        assertEquals(DeliveryConfidence.RED, moves.get(0).now());
        assertEquals(Direction.DOWN, moves.get(0).direction());
        assertEquals(Direction.UP, moves.get(1).direction());
    }

    @Test
    void theLeastConfidentMilestoneIsKeptApartFromTheJudgement() {
        assertEquals(DeliveryConfidence.RED, movement.confidence().get(0).leastConfidentMilestone());
        assertEquals(DeliveryConfidence.AMBER, movement.confidence().get(1).now());
        assertEquals(DeliveryConfidence.GREEN, movement.confidence().get(1).leastConfidentMilestone());
    }

    @Test
    void onlyMilestonesThatTurnedRedSinceTheLastPackAreNewReds() {
        assertEquals(List.of("Newly red"), movement.newReds().stream().map(m -> m.milestone().title()).toList());
    }

    @Test
    void newSlippageIsSlippageBeyondTheThresholdThatGrewSinceTheLastPack() {
        assertEquals(List.of("Slipped further"),
                movement.newSlippage().stream().map(m -> m.milestone().title()).toList());
        assertEquals(50, movement.newSlippage().get(0).movedDays());
    }

    @Test
    void highRisksThatAreNewOrWorseAreListedAndUnchangedOnesAreNot() {
        assertEquals(List.of("Worse risk"), movement.risks().stream().map(r -> r.risk().title()).toList());
        assertEquals(12, movement.risks().get(0).before().score());
    }

    @Test
    void withNoPackIssuedBeforeEverythingThatStandsCountsAsNew() {
        var first = PackMovement.of(request(Optional.empty()));
        assertFalse(first.compared());
        assertEquals(2, first.newReds().size());
        assertEquals(Direction.NOT_COMPARED, first.confidence().get(0).direction());
    }

    @Test
    void exceptionsAreRankedRedsThenNewSlippageThenLongOverdueReviews() {
        var exceptions = movement.exceptions(TODAY, 15, 14, List.of(A, B));
        var entries = exceptions.byOrganisation().get("Department A");
        assertEquals(List.of(ExceptionKind.RED_MILESTONE, ExceptionKind.SLIPPAGE, ExceptionKind.OVERDUE_REVIEW),
                entries.stream().map(e -> e.kind()).toList());
        assertEquals("Same risk", entries.get(2).item());
        assertEquals(0, exceptions.leftOut());
    }

    @Test
    void exceptionsStopAtTheLimitAndSayHowManyMoreThereAre() {
        var exceptions = movement.exceptions(TODAY, 2, 14, List.of(A, B));
        assertEquals(2, exceptions.shown());
        assertEquals(1, exceptions.leftOut());
        assertTrue(exceptions.byOrganisation().get("Department A").stream()
                .noneMatch(e -> e.kind() == ExceptionKind.OVERDUE_REVIEW));
    }

    @Test
    void theRecordOfAnIssuedPackHoldsWhatThePackSaid() {
        var issued = IssuedPack.of(request(Optional.of(LAST)));
        assertEquals(TODAY, issued.packDate());
        assertEquals("Meeting 11", issued.meeting());
        assertEquals(DeliveryConfidence.RED, issued.organisations().get(0).confidence());
        assertEquals(5, issued.milestones().size());
        assertEquals(20, issued.risks().get(0).score());
    }
}
