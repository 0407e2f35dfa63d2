package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.support.UnchangedRow;

/** Roadmaps: one per organisation per Spending Review period. */
public final class RoadmapRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public RoadmapRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The period's roadmaps, by organisation name. */
    public List<Roadmap> findByPeriod(long periodId) {
        return dsl.select(ROADMAP.fields()).from(ROADMAP).join(ORGANISATION).on(ORGANISATION.ID.eq(ROADMAP.ORGANISATION_ID))
                .where(ROADMAP.PERIOD_ID.eq(periodId)).orderBy(ORGANISATION.NAME)
                .fetch(RoadmapRepository::toModel);
    }

    public Optional<Roadmap> find(long organisationId, long periodId) {
        return dsl.selectFrom(ROADMAP)
                .where(ROADMAP.ORGANISATION_ID.eq(organisationId).and(ROADMAP.PERIOD_ID.eq(periodId)))
                .fetchOptional(RoadmapRepository::toModel);
    }

    /**
     * Stores the roadmap. A stored one claims the version it was read at: when someone else has saved it since,
     * nothing is stored ({@code record.error.changedByOther}); saved unchanged, it claims nothing.
     *
     * @return the roadmap as stored, at its new version
     */
    public Roadmap save(Roadmap roadmap) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (SpendingReviewPeriodRepository.find(tx, roadmap.periodId()).isEmpty()) {
                throw new ValidationException(List.of(Problem.of("period", "record.error.gone")));
            }
            boolean duplicate = tx.fetchExists(ROADMAP, ROADMAP.ORGANISATION_ID.eq(roadmap.organisationId())
                    .and(ROADMAP.PERIOD_ID.eq(roadmap.periodId())).and(ROADMAP.ID.ne(roadmap.id())));
            if (duplicate) {
                throw new ValidationException(List.of(Problem.of("strategyTitle", "roadmaps.error.duplicateRoadmap")));
            }
            Roadmap previous = roadmap.id() == 0 ? null : tx.selectFrom(ROADMAP).where(ROADMAP.ID.eq(roadmap.id()))
                    .fetchOptional(RoadmapRepository::toModel)
                    .orElseThrow(() -> new ValidationException(List.of(Problem.of("strategyTitle", "record.error.gone"))));
            if (previous != null && previous.atVersion(roadmap.version()).equals(roadmap)) {
                // The roadmap as stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            if (previous != null) {
                RecordVersions.claim(tx, ROADMAP, roadmap.id(), roadmap.version());
            }
            var record = tx.newRecord(ROADMAP);
            record.setOrganisationId(roadmap.organisationId());
            record.setPeriodId(roadmap.periodId());
            record.setStrategyTitle(roadmap.strategyTitle());
            record.setSummary(roadmap.summary());
            record.setLink(roadmap.link());
            record.setAgreedOn(roadmap.agreedOn());
            record.setChangedAt(LocalDateTime.now(clock));
            if (roadmap.id() == 0) {
                record.insert();
                return roadmap.withId(record.getId());
            }
            record.setId(roadmap.id());
            record.changed(ROADMAP.ID, false);
            if (tx.update(ROADMAP).set(record).where(ROADMAP.ID.eq(roadmap.id())).execute() == 0) {
                throw UnchangedRow.why(tx, ROADMAP.ID, roadmap.id(), "strategyTitle");
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return roadmap.atVersion(RecordVersions.current(tx, ROADMAP, roadmap.id()));
        });
    }

    /** The period a roadmap runs over; refuses when the roadmap has gone. */
    static SpendingReviewPeriod periodOf(DSLContext tx, long roadmapId) {
        Long periodId = tx.select(ROADMAP.PERIOD_ID).from(ROADMAP).where(ROADMAP.ID.eq(roadmapId))
                .fetchOne(ROADMAP.PERIOD_ID);
        return Optional.ofNullable(periodId).flatMap(id -> SpendingReviewPeriodRepository.find(tx, id))
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("roadmap", "record.error.gone"))));
    }

    static Roadmap toModel(Record record) {
        var row = record.into(ROADMAP);
        return new Roadmap(row.getId(), row.getOrganisationId(), row.getPeriodId(), row.getStrategyTitle(),
                row.getSummary(), row.getLink(), row.getAgreedOn(), row.getVersion());
    }
}
