package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;
import static uk.dln.secretariat.persistence.jooq.Tables.RISK;
import static uk.dln.secretariat.persistence.jooq.Tables.RISK_MILESTONE;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.support.UnchangedRow;

/** Risks with the milestones they threaten, which must be on the same roadmap. */
public final class RiskRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public RiskRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A roadmap's risks, highest score first. */
    public List<Risk> findByRoadmap(long roadmapId) {
        return find(RISK.ROADMAP_ID.eq(roadmapId));
    }

    public List<Risk> findByPeriod(long periodId) {
        return find(RISK.ROADMAP_ID.in(dsl.select(ROADMAP.ID).from(ROADMAP).where(ROADMAP.PERIOD_ID.eq(periodId))));
    }

    public Risk save(Risk risk) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            RoadmapRepository.periodOf(tx, risk.roadmapId());
            int onRoadmap = tx.fetchCount(MILESTONE, MILESTONE.ID.in(risk.milestoneIds())
                    .and(MILESTONE.ROADMAP_ID.eq(risk.roadmapId())));
            if (onRoadmap != risk.milestoneIds().size()) {
                throw new ValidationException(List.of(Problem.of("milestones", "roadmaps.error.riskMilestone")));
            }
            Risk previous = risk.id() == 0 ? null : find(tx, RISK.ID.eq(risk.id())).stream().findFirst()
                    .orElse(null);
            if (previous != null && previous.atVersion(risk.version()).equals(risk)) {
                // The risk as stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            if (previous != null) {
                RecordVersions.claim(tx, RISK, risk.id(), risk.version());
            }
            var record = tx.newRecord(RISK);
            record.setRoadmapId(risk.roadmapId());
            record.setTitle(risk.title());
            record.setDescription(risk.description());
            record.setOwner(risk.owner());
            record.setLikelihood((long) risk.likelihood());
            record.setImpact((long) risk.impact());
            record.setMitigation(risk.mitigation());
            record.setStatus(risk.status());
            record.setReviewDate(risk.reviewDate());
            record.setChangedAt(LocalDateTime.now(clock));
            Risk stored;
            if (risk.id() == 0) {
                record.insert();
                stored = risk.withId(record.getId());
            } else {
                record.setId(risk.id());
                record.changed(RISK.ID, false);
                if (tx.update(RISK).set(record).where(RISK.ID.eq(risk.id())).execute() == 0) {
                    throw UnchangedRow.why(tx, RISK.ID, risk.id(), "title");
                }
                stored = risk;
            }
            // Only links that were added or removed are written: an unchanged save records nothing.
            var linked = new java.util.HashSet<>(tx.select(RISK_MILESTONE.MILESTONE_ID).from(RISK_MILESTONE)
                    .where(RISK_MILESTONE.RISK_ID.eq(stored.id())).fetch(RISK_MILESTONE.MILESTONE_ID));
            var wanted = new java.util.HashSet<>(stored.milestoneIds());
            for (long gone : linked) {
                if (!wanted.contains(gone)) {
                    tx.deleteFrom(RISK_MILESTONE).where(RISK_MILESTONE.RISK_ID.eq(stored.id())
                            .and(RISK_MILESTONE.MILESTONE_ID.eq(gone))).execute();
                }
            }
            for (long milestoneId : wanted) {
                if (!linked.contains(milestoneId)) {
                    tx.insertInto(RISK_MILESTONE).set(RISK_MILESTONE.RISK_ID, stored.id())
                            .set(RISK_MILESTONE.MILESTONE_ID, milestoneId).execute();
                }
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return stored.atVersion(RecordVersions.current(tx, RISK, stored.id()));
        });
    }

    /**
     * Deletes the risk as it was shown, at {@code readVersion}: when someone else has saved it since, nothing is
     * deleted ({@code record.error.changedByOther}); when it has gone already, {@code record.error.gone}.
     */
    public void delete(long riskId, long readVersion) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            RecordVersions.claim(tx, RISK, riskId, readVersion);
            tx.deleteFrom(RISK).where(RISK.ID.eq(riskId)).execute();
        });
    }

    private List<Risk> find(Condition condition) {
        return find(dsl, condition);
    }

    private static List<Risk> find(DSLContext dsl, Condition condition) {
        Map<Long, Set<Long>> links = new HashMap<>();
        dsl.selectFrom(RISK_MILESTONE).where(RISK_MILESTONE.RISK_ID.in(dsl.select(RISK.ID).from(RISK).where(condition)))
                .forEach(r -> links.computeIfAbsent(r.getRiskId(), k -> new HashSet<>()).add(r.getMilestoneId()));
        return dsl.selectFrom(RISK).where(condition)
                .orderBy(RISK.LIKELIHOOD.mul(RISK.IMPACT).desc(), RISK.TITLE)
                .fetch(row -> new Risk(row.getId(), row.getRoadmapId(), row.getTitle(), row.getDescription(),
                        row.getOwner(), row.getLikelihood().intValue(), row.getImpact().intValue(),
                        row.getMitigation(), row.getStatus(), row.getReviewDate(),
                        links.getOrDefault(row.getId(), Set.of()), row.getVersion()));
    }
}
