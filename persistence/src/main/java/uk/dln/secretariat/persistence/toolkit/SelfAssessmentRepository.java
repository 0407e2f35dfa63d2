package uk.dln.secretariat.persistence.toolkit;

import static uk.dln.secretariat.persistence.jooq.Tables.APPROACH_RATING;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;
import static uk.dln.secretariat.persistence.jooq.Tables.SELF_ASSESSMENT_ROUND;
import static uk.dln.secretariat.persistence.jooq.Tables.TOOLKIT_APPROACH;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;
import uk.dln.secretariat.model.toolkit.RoundReturn;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.ApproachRatingRecord;

/**
 * The toolkit's approaches, the rounds of self-assessment and the ratings in them. The network view reads in a
 * fixed five queries whatever the size of the network (rounds, approaches, members, and two rounds' ratings).
 */
public final class SelfAssessmentRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public SelfAssessmentRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The toolkit's approaches in toolkit order (finding, then approach). */
    public List<ToolkitApproach> approaches() {
        return dsl.selectFrom(TOOLKIT_APPROACH).orderBy(TOOLKIT_APPROACH.FINDING, TOOLKIT_APPROACH.CODE)
                .fetch(r -> new ToolkitApproach(r.getId(), r.getCode(), r.getFinding().intValue(),
                        r.getFindingTitle(), r.getTitle()));
    }

    /** Every round, latest opened first. */
    public List<SelfAssessmentRound> rounds() {
        return dsl.selectFrom(SELF_ASSESSMENT_ROUND)
                .orderBy(SELF_ASSESSMENT_ROUND.OPENS_ON.desc(), SELF_ASSESSMENT_ROUND.ID.desc())
                .fetch(r -> new SelfAssessmentRound(r.getId(), r.getName(), r.getOpensOn(), r.getDeadlineOn(),
                        r.getClosed(), r.getVersion()));
    }

    /** Opens a round; a name already used is refused on the name field. */
    public SelfAssessmentRound open(SelfAssessmentRound round) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (tx.fetchExists(SELF_ASSESSMENT_ROUND, SELF_ASSESSMENT_ROUND.NAME.equalIgnoreCase(round.name()))) {
                throw new ValidationException(List.of(Problem.of("name", "toolkit.error.roundNameTaken",
                        round.name())));
            }
            var record = tx.newRecord(SELF_ASSESSMENT_ROUND);
            record.setName(round.name());
            record.setOpensOn(round.opensOn());
            record.setDeadlineOn(round.deadline());
            record.setClosed(round.closed());
            record.setChangedAt(LocalDateTime.now(clock));
            record.insert();
            return round.withId(record.getId());
        });
    }

    /**
     * Closes a round for editing, or opens it again, as shown: claims the version the round was read at, so a round
     * someone else closed or reopened since is not switched back unseen. Its ratings stay as they are.
     */
    public void setClosed(SelfAssessmentRound round, boolean closed) {
        dsl.transaction(transaction -> {
            RecordVersions.claim(transaction.dsl(), SELF_ASSESSMENT_ROUND, round.id(), round.version());
            transaction.dsl().update(SELF_ASSESSMENT_ROUND)
                    .set(SELF_ASSESSMENT_ROUND.CLOSED, closed)
                    .set(SELF_ASSESSMENT_ROUND.CHANGED_AT, LocalDateTime.now(clock))
                    .where(SELF_ASSESSMENT_ROUND.ID.eq(round.id())).execute();
        });
    }

    /**
     * Closes a round for editing, or opens it again, whatever it was: for generated history, which nobody else is
     * editing. Its ratings stay as they are.
     */
    public void setClosed(long roundId, boolean closed) {
        dsl.transaction(transaction -> {
            int updated = transaction.dsl().update(SELF_ASSESSMENT_ROUND)
                    .set(SELF_ASSESSMENT_ROUND.CLOSED, closed)
                    .set(SELF_ASSESSMENT_ROUND.CHANGED_AT, LocalDateTime.now(clock))
                    .where(SELF_ASSESSMENT_ROUND.ID.eq(roundId)).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(Problem.of("round", "record.error.gone")));
            }
        });
    }

    /**
     * Records an organisation's rating of an approach in a round, replacing its earlier rating in the same round.
     * Refused, naming the field, when the round is closed or gone, the organisation is not a member of the network,
     * or the approach is not in the toolkit.
     */
    public void rate(ApproachRating rating) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            var stored = tx.select(APPROACH_RATING.ID).from(APPROACH_RATING)
                    .where(APPROACH_RATING.ROUND_ID.eq(rating.roundId()))
                    .and(APPROACH_RATING.ORGANISATION_ID.eq(rating.organisationId()))
                    .and(APPROACH_RATING.APPROACH_ID.eq(rating.approachId()))
                    .fetchOptional(APPROACH_RATING.ID);
            if (stored.isPresent()) {
                // A stored rating counts from 1, so a form that found none (0) is refused when one was made since.
                RecordVersions.claim(tx, APPROACH_RATING, stored.get(), rating.version());
            } else if (rating.version() > 0) {
                throw new ValidationException(List.of(Problem.of("level", "record.error.gone")));
            }
            store(tx, List.of(rating));
        });
    }

    /**
     * As {@link #rate(ApproachRating)} for several ratings, all or none, each over whatever is stored: for a return
     * taken in (which compares what it was issued with before) and generated history. Each still raises the stored
     * rating's version, so an open form's save over it is refused.
     */
    public void rateAll(List<ApproachRating> ratings) {
        dsl.transaction(transaction -> store(transaction.dsl(), ratings));
    }

    private void store(DSLContext tx, List<ApproachRating> ratings) {
        LocalDateTime now = LocalDateTime.now(clock);
        var rounds = tx.select(SELF_ASSESSMENT_ROUND.ID, SELF_ASSESSMENT_ROUND.NAME, SELF_ASSESSMENT_ROUND.CLOSED)
                .from(SELF_ASSESSMENT_ROUND)
                .where(SELF_ASSESSMENT_ROUND.ID.in(ratings.stream().map(ApproachRating::roundId).toList()))
                .fetchMap(r -> r.value1(), r -> r);
        var members = tx.select(ORGANISATION.ID, ORGANISATION.SHORT_NAME, ORGANISATION.MEMBER).from(ORGANISATION)
                .where(ORGANISATION.ID.in(ratings.stream().map(ApproachRating::organisationId).toList()))
                .fetchMap(r -> r.value1(), r -> r);
        var approaches = tx.select(TOOLKIT_APPROACH.ID).from(TOOLKIT_APPROACH).fetchSet(TOOLKIT_APPROACH.ID);
        for (var rating : ratings) {
            var round = rounds.get(rating.roundId());
            if (round == null) {
                throw new ValidationException(List.of(Problem.of("round", "record.error.gone")));
            }
            if (round.value3()) {
                throw new ValidationException(List.of(Problem.of("round", "toolkit.error.roundClosed",
                        round.value2())));
            }
            var organisation = members.get(rating.organisationId());
            if (organisation == null || !organisation.value3()) {
                throw new ValidationException(List.of(Problem.of("organisation", "toolkit.error.notAMember",
                        organisation == null ? String.valueOf(rating.organisationId()) : organisation.value2())));
            }
            if (!approaches.contains(rating.approachId())) {
                throw new ValidationException(List.of(Problem.of("approach", "toolkit.error.noSuchApproach")));
            }
        }
        // Ratings are few (21 per organisation) and written together: one statement per rating, no reads.
        for (var rating : ratings) {
            ApproachRatingRecord record = tx.newRecord(APPROACH_RATING);
            record.setRoundId(rating.roundId());
            record.setOrganisationId(rating.organisationId());
            record.setApproachId(rating.approachId());
            record.setMaturity(rating.level());
            record.setNotApplicableReason(rating.notApplicableReason());
            record.setEvidence(rating.evidence());
            record.setNextStep(rating.nextStep());
            record.setOwner(rating.owner());
            record.setTargetOn(rating.targetOn());
            record.setChangedAt(now);
            record.setVersion(1L);
            tx.insertInto(APPROACH_RATING).set(record)
                    .onConflict(APPROACH_RATING.ROUND_ID, APPROACH_RATING.ORGANISATION_ID,
                            APPROACH_RATING.APPROACH_ID)
                    .doUpdate()
                    .set(APPROACH_RATING.MATURITY, record.getMaturity())
                    .set(APPROACH_RATING.NOT_APPLICABLE_REASON, record.getNotApplicableReason())
                    .set(APPROACH_RATING.EVIDENCE, record.getEvidence())
                    .set(APPROACH_RATING.NEXT_STEP, record.getNextStep())
                    .set(APPROACH_RATING.OWNER, record.getOwner())
                    .set(APPROACH_RATING.TARGET_ON, record.getTargetOn())
                    .set(APPROACH_RATING.CHANGED_AT, now)
                    // Raised by every change (a server's trigger sees it raised and leaves it).
                    .set(APPROACH_RATING.VERSION, APPROACH_RATING.VERSION.plus(1))
                    .execute();
        }
    }

    /** Every rating of a round, in one query. */
    public List<ApproachRating> ratings(long roundId) {
        return dsl.selectFrom(APPROACH_RATING).where(APPROACH_RATING.ROUND_ID.eq(roundId))
                .orderBy(APPROACH_RATING.ORGANISATION_ID, APPROACH_RATING.APPROACH_ID)
                .fetch(SelfAssessmentRepository::toRating);
    }

    /**
     * One organisation's ratings in a round as its return carries them: a line per approach, each with the version
     * (last-changed stamp) of its rating, empty when not rated yet. Empty when the round is gone.
     */
    public Optional<RoundReturn> roundReturn(long roundId, long organisationId) {
        var round = rounds().stream().filter(r -> r.id() == roundId).findFirst();
        if (round.isEmpty()) {
            return Optional.empty();
        }
        var rated = dsl.selectFrom(APPROACH_RATING).where(APPROACH_RATING.ROUND_ID.eq(roundId))
                .and(APPROACH_RATING.ORGANISATION_ID.eq(organisationId))
                .fetchMap(APPROACH_RATING.APPROACH_ID);
        var lines = approaches().stream().map(a -> {
            ApproachRatingRecord r = rated.get(a.id());
            return r == null ? new RoundReturn.Line(a.id(), "", a.code(), a.title(), null, "", "", "", "", null)
                    : new RoundReturn.Line(a.id(), String.valueOf(r.getChangedAt()), a.code(), a.title(),
                    r.getMaturity(), r.getNotApplicableReason(), r.getEvidence(),
                    r.getNextStep(), r.getOwner(), r.getTargetOn());
        }).toList();
        return Optional.of(new RoundReturn(roundId, round.get().name(), round.get().deadline(), lines));
    }

    /** The network's member organisations, by short name: the heat map's rows. */
    public List<Organisation> members() {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.MEMBER.isTrue())
                .orderBy(ORGANISATION.SHORT_NAME)
                .fetch(r -> new Organisation(r.getId(), r.getName(), r.getShortName(),
                        r.getKind(), r.getParentId(), r.getMember(), r.getNotes(), r.getVersion()));
    }

    /**
     * The heat map of a round with the ratings of the round opened before it, for movement; empty when the round
     * is gone.
     */
    public Optional<NetworkHeatMap> heatMap(long roundId) {
        var rounds = rounds();
        int at = -1;
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).id() == roundId) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        // Rounds are latest first, so the previous round is the next one in the list.
        List<ApproachRating> previous = at + 1 < rounds.size() ? ratings(rounds.get(at + 1).id()) : List.of();
        return Optional.of(new NetworkHeatMap(rounds.get(at), members(), approaches(), ratings(roundId), previous));
    }

    private static ApproachRating toRating(Record record) {
        ApproachRatingRecord r = record.into(APPROACH_RATING);
        return new ApproachRating(r.getRoundId(), r.getOrganisationId(), r.getApproachId(),
                r.getMaturity(), r.getNotApplicableReason(), r.getEvidence(), r.getNextStep(),
                r.getOwner(), r.getTargetOn(), r.getId(), r.getVersion());
    }
}
