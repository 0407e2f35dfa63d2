package uk.dln.secretariat.model.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.dln.secretariat.model.toolkit.MaturityLevel.DEVELOPING;
import static uk.dln.secretariat.model.toolkit.MaturityLevel.EMBEDDED;
import static uk.dln.secretariat.model.toolkit.MaturityLevel.ESTABLISHED;
import static uk.dln.secretariat.model.toolkit.MaturityLevel.NOT_APPLICABLE;
import static uk.dln.secretariat.model.toolkit.MaturityLevel.NOT_STARTED;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

class NetworkHeatMapTest {

    private static final SelfAssessmentRound ROUND = new SelfAssessmentRound(2, "Spring 2027",
            LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1), false);
    private static final Organisation DSIT = org(1, "DSIT");
    private static final Organisation HMRC = org(2, "HMRC");
    private static final Organisation DWP = org(3, "DWP");
    private static final ToolkitApproach STRATEGY = new ToolkitApproach(11, "1.1", 1, "Strategies", "Jointly owned");
    private static final ToolkitApproach METRICS = new ToolkitApproach(12, "1.2", 1, "Strategies", "Metrics");
    private static final ToolkitApproach CENTRE = new ToolkitApproach(13, "1.3", 1, "Strategies", "Central unit");

    private static Organisation org(long id, String shortName) {
        return Organisation.create("Department " + shortName, shortName, OrganisationKind.MINISTERIAL_DEPARTMENT)
                .withId(id);
    }

    private static ApproachRating rated(long round, Organisation org, ToolkitApproach approach, MaturityLevel level) {
        return level == NOT_APPLICABLE
                ? new ApproachRating(round, org.id(), approach.id(), level, "No estate", "", "", "", null)
                : ApproachRating.of(round, org.id(), approach.id(), level, org.shortName() + " evidence");
    }

    private static NetworkHeatMap map(List<ApproachRating> ratings, List<ApproachRating> previous) {
        return new NetworkHeatMap(ROUND, List.of(DSIT, HMRC, DWP), List.of(STRATEGY, METRICS, CENTRE), ratings,
                previous);
    }

    @Test
    void theWeakestApproachesComeLowestMeanFirstLeavingOutNotApplicableAndUnrated() {
        var map = map(List.of(
                rated(2, DSIT, STRATEGY, EMBEDDED), rated(2, HMRC, STRATEGY, ESTABLISHED),
                rated(2, DSIT, METRICS, NOT_STARTED), rated(2, HMRC, METRICS, DEVELOPING),
                rated(2, DWP, METRICS, NOT_APPLICABLE)), List.of());

        var weakest = map.weakest(5);

        assertEquals(List.of(METRICS, STRATEGY), weakest.stream().map(NetworkHeatMap.ApproachStanding::approach)
                .toList());
        assertEquals(1.5, weakest.get(0).average());
        assertEquals(2, weakest.get(0).rated());
    }

    @Test
    void whoToLearnFromIsTheOrganisationsRatedEmbeddedWithTheirEvidence() {
        var map = map(List.of(rated(2, HMRC, STRATEGY, EMBEDDED), rated(2, DSIT, STRATEGY, EMBEDDED),
                rated(2, DWP, STRATEGY, ESTABLISHED), rated(2, DWP, METRICS, EMBEDDED)), List.of());

        var learnFrom = map.whoToLearnFrom(STRATEGY.id());

        assertEquals(List.of(DSIT.id(), HMRC.id()), learnFrom.stream().map(ApproachRating::organisationId).toList());
        assertEquals("DSIT evidence", learnFrom.get(0).evidence());
    }

    @Test
    void movementComparesScoresWithThePreviousRoundOnTheScaleOnly() {
        var map = map(List.of(rated(2, DSIT, STRATEGY, ESTABLISHED), rated(2, HMRC, STRATEGY, DEVELOPING),
                        rated(2, DWP, STRATEGY, NOT_APPLICABLE), rated(2, DSIT, METRICS, DEVELOPING)),
                List.of(rated(1, DSIT, STRATEGY, NOT_STARTED), rated(1, HMRC, STRATEGY, ESTABLISHED),
                        rated(1, DWP, STRATEGY, DEVELOPING), rated(1, DSIT, METRICS, DEVELOPING)));

        assertEquals(OptionalInt.of(2), map.movement(DSIT.id(), STRATEGY.id()));
        assertEquals(OptionalInt.of(-1), map.movement(HMRC.id(), STRATEGY.id()));
        assertEquals(OptionalInt.empty(), map.movement(DWP.id(), STRATEGY.id()));
        assertEquals(new NetworkHeatMap.Movement(1, 1, 1), map.movement());
    }

    @Test
    void anOrganisationIsCompleteOnceItHasRatedEveryApproach() {
        var map = map(List.of(rated(2, DSIT, STRATEGY, EMBEDDED), rated(2, DSIT, METRICS, NOT_APPLICABLE),
                rated(2, DSIT, CENTRE, DEVELOPING), rated(2, HMRC, CENTRE, DEVELOPING)), List.of());

        assertTrue(map.complete(DSIT.id()));
        assertFalse(map.complete(HMRC.id()));
        assertEquals(1, map.ratedCount(HMRC.id()));
    }

    @Test
    void aNetworkTenTimesTheDecadesSizeIsReadCellByCellAndComparedInAMomentNotInTimeThatGrowsWithItsSquare() {
        // 300 organisations by 21 approaches, in both rounds, as the generated decade at ten times has: the pack's heat
        // map and the trackers' Ratings sheet read every cell, and the movement compares every rating.
        var organisations = new ArrayList<Organisation>();
        var approaches = new ArrayList<ToolkitApproach>();
        var ratings = new ArrayList<ApproachRating>();
        var previous = new ArrayList<ApproachRating>();
        for (int a = 1; a <= 21; a++) {
            approaches.add(new ToolkitApproach(100 + a, "1." + a, 1, "Strategies", "Approach " + a));
        }
        var levels = List.of(NOT_STARTED, DEVELOPING, ESTABLISHED, EMBEDDED);
        for (int o = 1; o <= 300; o++) {
            var organisation = org(o, "O" + o);
            organisations.add(organisation);
            for (var approach : approaches) {
                ratings.add(rated(2, organisation, approach, levels.get((o + (int) approach.id()) % 4)));
                previous.add(rated(1, organisation, approach, levels.get((o * 3 + (int) approach.id()) % 4)));
            }
        }
        var map = new NetworkHeatMap(ROUND, organisations, approaches, ratings, previous);

        var movement = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            for (var organisation : organisations) {
                for (var approach : approaches) {
                    assertTrue(map.rating(organisation.id(), approach.id()).isPresent());
                    assertTrue(map.movement(organisation.id(), approach.id()).isPresent());
                }
            }
            return map.movement();
        });

        assertEquals(ratings.size(), movement.up() + movement.down() + movement.same());
    }
}
