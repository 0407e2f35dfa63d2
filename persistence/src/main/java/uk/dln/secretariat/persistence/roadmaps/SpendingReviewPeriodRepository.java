package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;
import static uk.dln.secretariat.persistence.jooq.Tables.SPENDING_REVIEW_PERIOD;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;

/** Spending Review periods: reference data, seeded with SR2021 and SR2025, that the network may edit. */
public final class SpendingReviewPeriodRepository {

    private final DSLContext dsl;

    public SpendingReviewPeriodRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All periods, earliest first. */
    public List<SpendingReviewPeriod> findAll() {
        return dsl.selectFrom(SPENDING_REVIEW_PERIOD).orderBy(SPENDING_REVIEW_PERIOD.FIRST_YEAR)
                .fetch(SpendingReviewPeriodRepository::toModel);
    }

    public Optional<SpendingReviewPeriod> find(long id) {
        return find(dsl, id);
    }

    static Optional<SpendingReviewPeriod> find(DSLContext tx, long id) {
        return tx.selectFrom(SPENDING_REVIEW_PERIOD).where(SPENDING_REVIEW_PERIOD.ID.eq(id))
                .fetchOptional(SpendingReviewPeriodRepository::toModel);
    }

    public SpendingReviewPeriod save(SpendingReviewPeriod period) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            boolean duplicate = tx.fetchExists(SPENDING_REVIEW_PERIOD,
                    SPENDING_REVIEW_PERIOD.CODE.eq(period.code()).and(SPENDING_REVIEW_PERIOD.ID.ne(period.id())));
            if (duplicate) {
                throw new ValidationException(List.of(Problem.of("code", "roadmaps.error.duplicatePeriod",
                        period.code())));
            }
            var record = tx.newRecord(SPENDING_REVIEW_PERIOD);
            record.setCode(period.code());
            record.setFirstYear((long) period.firstYear().startYear());
            record.setLastYear((long) period.lastYear().startYear());
            if (period.id() == 0) {
                record.insert();
                return period.withId(record.getId());
            }
            record.setId(period.id());
            record.changed(SPENDING_REVIEW_PERIOD.ID, false);
            if (tx.update(SPENDING_REVIEW_PERIOD).set(record).where(SPENDING_REVIEW_PERIOD.ID.eq(period.id()))
                    .execute() == 0) {
                throw new ValidationException(List.of(Problem.of("code", "record.error.gone")));
            }
            return period;
        });
    }

    /** Deletes a period no roadmap uses. */
    public void delete(long id) {
        dsl.transaction(transaction -> {
            int roadmaps = transaction.dsl().fetchCount(ROADMAP, ROADMAP.PERIOD_ID.eq(id));
            if (roadmaps > 0) {
                throw new ValidationException(List.of(Problem.of("code", "roadmaps.error.periodInUse", roadmaps)));
            }
            transaction.dsl().deleteFrom(SPENDING_REVIEW_PERIOD).where(SPENDING_REVIEW_PERIOD.ID.eq(id)).execute();
        });
    }

    static SpendingReviewPeriod toModel(Record record) {
        var row = record.into(SPENDING_REVIEW_PERIOD);
        return new SpendingReviewPeriod(row.getId(), row.getCode(), new FinancialYear(row.getFirstYear().intValue()),
                new FinancialYear(row.getLastYear().intValue()));
    }
}
