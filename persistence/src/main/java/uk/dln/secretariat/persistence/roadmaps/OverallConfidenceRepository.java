package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP_CONFIDENCE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.persistence.audit.RecordVersions;

/**
 * The overall delivery confidence judged for each roadmap. A new judgement never replaces an old one: each is a new
 * row, the latest stands, and the rest are its history.
 */
public final class OverallConfidenceRepository {

    /** The first key of the server's lock while a roadmap is judged; the roadmap's id is the second. */
    private static final int JUDGING_LOCK = 49;

    private final DSLContext dsl;
    private final Clock clock;

    public OverallConfidenceRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Records a judgement where nobody else judges at the same time (a workspace being filled by the demo or the
     * generator): over whatever judgement stands. Editors use {@link #record(OverallConfidence, OverallConfidence)}.
     */
    public OverallConfidence record(OverallConfidence judgement) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            refuseGoneRoadmap(tx, judgement.roadmapId());
            return insert(tx, judgement);
        });
    }

    /**
     * Records a judgement made over the one the person was shown ({@code shown}; null when none stood): when someone
     * else has set another since, or changed the shown one, nothing is recorded ({@code record.error.changedByOther},
     * naming who set it, when and what), so that two people judging at once cannot both win unseen (decision 0049).
     * Refuses one for a roadmap that has gone.
     *
     * @return the judgement as recorded, which now stands
     */
    public OverallConfidence record(OverallConfidence judgement, OverallConfidence shown) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            refuseGoneRoadmap(tx, judgement.roadmapId());
            takeTurn(tx, judgement.roadmapId());
            var standing = standing(tx, judgement.roadmapId());
            long standingId = standing.map(OverallConfidence::id).orElse(0L);
            long shownId = shown == null ? 0 : shown.id();
            if (standingId != shownId) {
                if (standingId == 0) {
                    throw new ValidationException(List.of(Problem.of("confidence", "record.error.gone")));
                }
                throw RecordVersions.changedByOther(tx, ROADMAP_CONFIDENCE, standingId);
            }
            if (shown != null) {
                // Someone may have corrected the standing judgement itself (on a server, with psql, say).
                RecordVersions.claim(tx, ROADMAP_CONFIDENCE, shown.id(), shown.version());
            }
            return insert(tx, judgement);
        });
    }

    private static void refuseGoneRoadmap(DSLContext tx, long roadmapId) {
        if (!tx.fetchExists(ROADMAP, ROADMAP.ID.eq(roadmapId))) {
            throw new ValidationException(List.of(Problem.of("roadmap", "record.error.gone")));
        }
    }

    /**
     * On a server, judgements of one roadmap are recorded one at a time, so that two first judgements cannot both
     * find none standing; the lock ends with the transaction. A file has one writer at a time already.
     */
    private static void takeTurn(DSLContext tx, long roadmapId) {
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.fetch("select pg_advisory_xact_lock(?, ?)", JUDGING_LOCK, (int) roadmapId);
        }
    }

    private OverallConfidence insert(DSLContext tx, OverallConfidence judgement) {
        var record = tx.newRecord(ROADMAP_CONFIDENCE);
        record.setRoadmapId(judgement.roadmapId());
        record.setConfidence(judgement.confidence());
        record.setRationale(judgement.rationale());
        record.setSetOn(judgement.setOn());
        record.setChangedAt(LocalDateTime.now(clock));
        record.insert();
        return new OverallConfidence(record.getId(), judgement.roadmapId(), judgement.confidence(),
                judgement.rationale(), judgement.setOn(), RecordVersions.current(tx, ROADMAP_CONFIDENCE,
                record.getId()));
    }

    /** The judgement that stands for the roadmap: the latest. */
    private static java.util.Optional<OverallConfidence> standing(DSLContext tx, long roadmapId) {
        return tx.selectFrom(ROADMAP_CONFIDENCE).where(ROADMAP_CONFIDENCE.ROADMAP_ID.eq(roadmapId))
                .orderBy(ROADMAP_CONFIDENCE.SET_ON.desc(), ROADMAP_CONFIDENCE.ID.desc()).limit(1)
                .fetchOptional(OverallConfidenceRepository::toModel);
    }

    /** Every judgement of the roadmap, latest first. */
    public List<OverallConfidence> history(long roadmapId) {
        return dsl.selectFrom(ROADMAP_CONFIDENCE).where(ROADMAP_CONFIDENCE.ROADMAP_ID.eq(roadmapId))
                .orderBy(ROADMAP_CONFIDENCE.SET_ON.desc(), ROADMAP_CONFIDENCE.ID.desc())
                .fetch(OverallConfidenceRepository::toModel);
    }

    /** The judgement that stands for each roadmap of the period, by roadmap id, in one query. */
    public Map<Long, OverallConfidence> currentByPeriod(long periodId) {
        var current = new LinkedHashMap<Long, OverallConfidence>();
        dsl.select(ROADMAP_CONFIDENCE.fields()).from(ROADMAP_CONFIDENCE)
                .join(ROADMAP).on(ROADMAP.ID.eq(ROADMAP_CONFIDENCE.ROADMAP_ID))
                .where(ROADMAP.PERIOD_ID.eq(periodId))
                .orderBy(ROADMAP_CONFIDENCE.SET_ON, ROADMAP_CONFIDENCE.ID)
                .fetch(OverallConfidenceRepository::toModel)
                .forEach(judgement -> current.put(judgement.roadmapId(), judgement));
        return current;
    }

    private static OverallConfidence toModel(Record record) {
        var row = record.into(ROADMAP_CONFIDENCE);
        return new OverallConfidence(row.getId(), row.getRoadmapId(), row.getConfidence(),
                row.getRationale(), row.getSetOn(), row.getVersion());
    }
}
