package uk.dln.secretariat.model.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * The network's ratings in one round, organisations by approaches, with the rules the network reads from them:
 * movement since the previous round, the weakest approaches (for the agenda), and who to learn from.
 *
 * <p>Not a record, so that each round's ratings are indexed once: the heat map, the trackers' Ratings sheet and the
 * movement read every cell, and indexing the ratings again for each made them grow with the network's square
 * (docs/benchmarks.md).
 */
public final class NetworkHeatMap {

    /** How an approach stands across the network: the mean score of the ratings on the scale. */
    public record ApproachStanding(ToolkitApproach approach, double average, int rated) {
    }

    /** How many ratings went up, down or stayed between the two rounds (both on the scale). */
    public record Movement(int up, int down, int same) {
    }

    private final SelfAssessmentRound round;
    private final List<Organisation> organisations;
    private final List<ToolkitApproach> approaches;
    private final List<ApproachRating> ratings;
    private final List<ApproachRating> previous;
    private final Map<Cell, ApproachRating> ratingsByCell;
    private final Map<Cell, ApproachRating> previousByCell;
    private final Map<Long, Organisation> organisationsById = new HashMap<>();

    /** @param previous the ratings of the round before, empty when this is the first */
    public NetworkHeatMap(SelfAssessmentRound round, List<Organisation> organisations,
                          List<ToolkitApproach> approaches, List<ApproachRating> ratings,
                          List<ApproachRating> previous) {
        this.round = round;
        this.organisations = List.copyOf(organisations);
        this.approaches = List.copyOf(approaches);
        this.ratings = List.copyOf(ratings);
        this.previous = List.copyOf(previous);
        this.ratingsByCell = index(this.ratings);
        this.previousByCell = index(this.previous);
        // The first of an id wins, as a search from the start of the list would find it.
        this.organisations.forEach(o -> organisationsById.putIfAbsent(o.id(), o));
    }

    public SelfAssessmentRound round() {
        return round;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<ToolkitApproach> approaches() {
        return approaches;
    }

    public List<ApproachRating> ratings() {
        return ratings;
    }

    /** The ratings of the round before, empty when this is the first. */
    public List<ApproachRating> previous() {
        return previous;
    }

    public Optional<ApproachRating> rating(long organisationId, long approachId) {
        return Optional.ofNullable(ratingsByCell.get(new Cell(organisationId, approachId)));
    }

    /** The change in score since the previous round; empty when either rating is missing or off the scale. */
    public OptionalInt movement(long organisationId, long approachId) {
        var now = ratingsByCell.get(new Cell(organisationId, approachId));
        var before = previousByCell.get(new Cell(organisationId, approachId));
        if (now == null || before == null || !now.level().onScale() || !before.level().onScale()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(now.level().score() - before.level().score());
    }

    public Movement movement() {
        int up = 0;
        int down = 0;
        int same = 0;
        for (var rating : ratings) {
            var change = movement(rating.organisationId(), rating.approachId());
            if (change.isPresent()) {
                if (change.getAsInt() > 0) {
                    up++;
                } else if (change.getAsInt() < 0) {
                    down++;
                } else {
                    same++;
                }
            }
        }
        return new Movement(up, down, same);
    }

    /** The mean score of the approach's ratings on the scale; empty when nobody has rated it on the scale. */
    public OptionalDouble average(long approachId) {
        return ratings.stream().filter(r -> r.approachId() == approachId && r.level().onScale())
                .mapToInt(r -> r.level().score()).average();
    }

    /**
     * The approaches the network is weakest at, lowest mean score first (ties in toolkit order), at most
     * {@code count}. Approaches nobody has rated yet are left out: no rating is not a low rating.
     */
    public List<ApproachStanding> weakest(int count) {
        var standings = new ArrayList<ApproachStanding>();
        for (var approach : approaches) {
            var average = average(approach.id());
            if (average.isPresent()) {
                int rated = (int) ratings.stream()
                        .filter(r -> r.approachId() == approach.id() && r.level().onScale()).count();
                standings.add(new ApproachStanding(approach, average.getAsDouble(), rated));
            }
        }
        standings.sort(Comparator.comparingDouble(ApproachStanding::average));
        return List.copyOf(standings.subList(0, Math.min(count, standings.size())));
    }

    /** The organisations rated Embedded in the approach, with their evidence: who the others can learn from. */
    public List<ApproachRating> whoToLearnFrom(long approachId) {
        var order = new HashMap<Long, Integer>();
        for (int i = 0; i < organisations.size(); i++) {
            order.put(organisations.get(i).id(), i);
        }
        return ratings.stream()
                .filter(r -> r.approachId() == approachId && r.level() == MaturityLevel.EMBEDDED)
                .sorted(Comparator.comparingInt(r -> order.getOrDefault(r.organisationId(), Integer.MAX_VALUE)))
                .toList();
    }

    /** How many of the approaches the organisation has rated in this round. */
    public int ratedCount(long organisationId) {
        return (int) ratings.stream().filter(r -> r.organisationId() == organisationId).count();
    }

    /** Whether the organisation has rated every approach. */
    public boolean complete(long organisationId) {
        return ratedCount(organisationId) == approaches.size();
    }

    public Optional<Organisation> organisation(long organisationId) {
        return Optional.ofNullable(organisationsById.get(organisationId));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkHeatMap map && Objects.equals(round, map.round)
                && organisations.equals(map.organisations) && approaches.equals(map.approaches)
                && ratings.equals(map.ratings) && previous.equals(map.previous);
    }

    @Override
    public int hashCode() {
        return Objects.hash(round, organisations, approaches, ratings, previous);
    }

    @Override
    public String toString() {
        return "NetworkHeatMap[round=" + round + ", organisations=" + organisations.size() + ", approaches="
                + approaches.size() + ", ratings=" + ratings.size() + ", previous=" + previous.size() + "]";
    }

    /** One cell of the heat map. */
    private record Cell(long organisationId, long approachId) {
    }

    /** The last rating of a cell wins, as it did when the ratings were indexed call by call. */
    private static Map<Cell, ApproachRating> index(List<ApproachRating> list) {
        var map = new HashMap<Cell, ApproachRating>();
        list.forEach(r -> map.put(new Cell(r.organisationId(), r.approachId()), r));
        return map;
    }
}
