package uk.dln.secretariat.model.toolkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * The network's ratings in one round, organisations by approaches, with the rules the network reads from them:
 * movement since the previous round, the weakest approaches (for the agenda), and who to learn from.
 *
 * @param previous the ratings of the round before, empty when this is the first
 */
public record NetworkHeatMap(SelfAssessmentRound round, List<Organisation> organisations,
                             List<ToolkitApproach> approaches, List<ApproachRating> ratings,
                             List<ApproachRating> previous) {

    /** How an approach stands across the network: the mean score of the ratings on the scale. */
    public record ApproachStanding(ToolkitApproach approach, double average, int rated) {
    }

    /** How many ratings went up, down or stayed between the two rounds (both on the scale). */
    public record Movement(int up, int down, int same) {
    }

    public NetworkHeatMap {
        organisations = List.copyOf(organisations);
        approaches = List.copyOf(approaches);
        ratings = List.copyOf(ratings);
        previous = List.copyOf(previous);
    }

    public Optional<ApproachRating> rating(long organisationId, long approachId) {
        return Optional.ofNullable(index(ratings).get(key(organisationId, approachId)));
    }

    /** The change in score since the previous round; empty when either rating is missing or off the scale. */
    public OptionalInt movement(long organisationId, long approachId) {
        var now = index(ratings).get(key(organisationId, approachId));
        var before = index(previous).get(key(organisationId, approachId));
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
        return organisations.stream().filter(o -> o.id() == organisationId).findFirst();
    }

    private static Map<String, ApproachRating> index(List<ApproachRating> list) {
        var map = new HashMap<String, ApproachRating>();
        list.forEach(r -> map.put(key(r.organisationId(), r.approachId()), r));
        return map;
    }

    private static String key(long organisationId, long approachId) {
        return organisationId + "/" + approachId;
    }
}
