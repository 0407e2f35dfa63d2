package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;
import static uk.dln.secretariat.persistence.jooq.Tables.SPENDING_REVIEW_PERIOD;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.persistence.audit.RecordVersions;

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

    /** Stores a new period, or one nobody else edits at the same time (a workspace being filled). */
    public SpendingReviewPeriod save(SpendingReviewPeriod period) {
        return save(period, period.id() == 0 ? null : find(period.id()).orElse(null));
    }

    /**
     * Stores the period as edited from {@code shown}, the period as it was read (null for a new one). Periods carry
     * no version, so the claim is the period itself: when it is no longer as shown, someone else saved it since and
     * nothing is stored ({@code record.error.changedByOther}); when it has gone, {@code record.error.gone}. Saved
     * unchanged, it claims nothing (decision 0049).
     */
    public SpendingReviewPeriod save(SpendingReviewPeriod period, SpendingReviewPeriod shown) {
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
            if (find(tx, period.id()).filter(period::equals).isPresent()) {
                // The period as stored already: nothing to overwrite, so nothing to claim or record.
                return period;
            }
            record.setId(period.id());
            record.changed(SPENDING_REVIEW_PERIOD.ID, false);
            if (tx.update(SPENDING_REVIEW_PERIOD).set(record).where(asShown(shown, period.id())).execute() == 0) {
                throw refusal(tx, period.id());
            }
            return period;
        });
    }

    /**
     * Deletes the period as it was shown, if no roadmap uses it; refused when someone else changed it since
     * ({@code record.error.changedByOther}) or it has gone ({@code record.error.gone}).
     */
    public void delete(SpendingReviewPeriod shown) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            int roadmaps = tx.fetchCount(ROADMAP, ROADMAP.PERIOD_ID.eq(shown.id()));
            if (roadmaps > 0) {
                throw new ValidationException(List.of(Problem.of("code", "roadmaps.error.periodInUse", roadmaps)));
            }
            if (tx.deleteFrom(SPENDING_REVIEW_PERIOD).where(asShown(shown, shown.id())).execute() == 0) {
                throw refusal(tx, shown.id());
            }
        });
    }

    /** The stored period, as long as it is still as shown; on a server, the condition is checked under its lock. */
    private static org.jooq.Condition asShown(SpendingReviewPeriod shown, long id) {
        if (shown == null || shown.id() != id) {
            return DSL.falseCondition();
        }
        return SPENDING_REVIEW_PERIOD.ID.eq(id)
                .and(SPENDING_REVIEW_PERIOD.CODE.eq(shown.code()))
                .and(SPENDING_REVIEW_PERIOD.FIRST_YEAR.eq((long) shown.firstYear().startYear()))
                .and(SPENDING_REVIEW_PERIOD.LAST_YEAR.eq((long) shown.lastYear().startYear()));
    }

    private static RuntimeException refusal(DSLContext tx, long id) {
        if (!tx.fetchExists(SPENDING_REVIEW_PERIOD, SPENDING_REVIEW_PERIOD.ID.eq(id))) {
            return new ValidationException(List.of(Problem.of("code", "record.error.gone")));
        }
        return RecordVersions.changedByOther(tx, SPENDING_REVIEW_PERIOD, id);
    }

    static SpendingReviewPeriod toModel(Record record) {
        var row = record.into(SPENDING_REVIEW_PERIOD);
        return new SpendingReviewPeriod(row.getId(), row.getCode(), new FinancialYear(row.getFirstYear().intValue()),
                new FinancialYear(row.getLastYear().intValue()));
    }
}
