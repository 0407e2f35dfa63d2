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
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;

/**
 * The overall delivery confidence judged for each roadmap. A new judgement never replaces an old one: each is a new
 * row, the latest stands, and the rest are its history.
 */
public final class OverallConfidenceRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public OverallConfidenceRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records a judgement; refuses one for a roadmap that has gone. */
    public OverallConfidence record(OverallConfidence judgement) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (!tx.fetchExists(ROADMAP, ROADMAP.ID.eq(judgement.roadmapId()))) {
                throw new ValidationException(List.of(Problem.of("roadmap", "record.error.gone")));
            }
            var record = tx.newRecord(ROADMAP_CONFIDENCE);
            record.setRoadmapId(judgement.roadmapId());
            record.setConfidence(judgement.confidence());
            record.setRationale(judgement.rationale());
            record.setSetOn(judgement.setOn());
            record.setChangedAt(LocalDateTime.now(clock));
            record.insert();
            return new OverallConfidence(record.getId(), judgement.roadmapId(), judgement.confidence(),
                    judgement.rationale(), judgement.setOn());
        });
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
                row.getRationale(), row.getSetOn());
    }
}
