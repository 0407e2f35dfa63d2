package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.INDICATOR;
import static uk.dln.secretariat.persistence.jooq.Tables.INDICATOR_READING;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.FinancialYear;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.jooq.tables.records.IndicatorRecord;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.support.UnchangedRow;

/** Indicators and their quarterly readings. A reading must fall in a quarter of the roadmap's period. */
public final class IndicatorRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public IndicatorRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Indicator> findByRoadmap(long roadmapId) {
        return findByRoadmaps(List.of(roadmapId));
    }

    /** The indicators of all these roadmaps in one query, roadmap by roadmap in the order given, each by name. */
    public List<Indicator> findByRoadmaps(Collection<Long> roadmapIds) {
        var order = new HashMap<Long, Integer>();
        roadmapIds.forEach(id -> order.putIfAbsent(id, order.size()));
        return dsl.selectFrom(INDICATOR).where(INDICATOR.ROADMAP_ID.in(roadmapIds)).orderBy(INDICATOR.NAME)
                .fetch(IndicatorRepository::toIndicator).stream()
                .sorted(Comparator.comparing(indicator -> order.get(indicator.roadmapId()))).toList();
    }

    /** The indicator's readings, earliest quarter first. */
    public List<IndicatorReading> readings(long indicatorId) {
        return readings(List.of(indicatorId)).getOrDefault(indicatorId, List.of());
    }

    /** The readings of all these indicators in one query, by indicator, each earliest quarter first. */
    public Map<Long, List<IndicatorReading>> readings(Collection<Long> indicatorIds) {
        return dsl.selectFrom(INDICATOR_READING).where(INDICATOR_READING.INDICATOR_ID.in(indicatorIds))
                .orderBy(INDICATOR_READING.INDICATOR_ID, INDICATOR_READING.YEAR, INDICATOR_READING.QUARTER)
                .fetch(row -> new IndicatorReading(row.getIndicatorId(),
                        new Quarter(new FinancialYear(row.getYear().intValue()), row.getQuarter().intValue()),
                        row.getValue(), row.getNote()))
                .stream().collect(Collectors.groupingBy(IndicatorReading::indicatorId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static Indicator toIndicator(IndicatorRecord row) {
        return new Indicator(row.getId(), row.getRoadmapId(), row.getName(), row.getUnit(),
                row.getDirection(), row.getBaseline(),
                row.getTarget(), row.getTargetDate(), row.getVersion());
    }

    public Indicator save(Indicator indicator) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            RoadmapRepository.periodOf(tx, indicator.roadmapId());
            Indicator previous = indicator.id() == 0 ? null : tx.selectFrom(INDICATOR)
                    .where(INDICATOR.ID.eq(indicator.id())).fetchOptional(IndicatorRepository::toIndicator)
                    .orElse(null);
            if (previous != null && previous.atVersion(indicator.version()).equals(indicator)) {
                // The indicator as stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            if (previous != null) {
                RecordVersions.claim(tx, INDICATOR, indicator.id(), indicator.version());
            }
            var record = tx.newRecord(INDICATOR);
            record.setRoadmapId(indicator.roadmapId());
            record.setName(indicator.name());
            record.setUnit(indicator.unit());
            record.setDirection(indicator.direction());
            record.setBaseline(indicator.baseline());
            record.setTarget(indicator.target());
            record.setTargetDate(indicator.targetDate());
            record.setChangedAt(LocalDateTime.now(clock));
            if (indicator.id() == 0) {
                record.insert();
                return indicator.withId(record.getId());
            }
            record.setId(indicator.id());
            record.changed(INDICATOR.ID, false);
            if (tx.update(INDICATOR).set(record).where(INDICATOR.ID.eq(indicator.id())).execute() == 0) {
                throw UnchangedRow.why(tx, INDICATOR.ID, indicator.id(), "name");
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return indicator.atVersion(RecordVersions.current(tx, INDICATOR, indicator.id()));
        });
    }

    /** Stores a reading, replacing any earlier reading for the same quarter. */
    public void saveReading(IndicatorReading reading) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            Long roadmapId = tx.select(INDICATOR.ROADMAP_ID).from(INDICATOR)
                    .where(INDICATOR.ID.eq(reading.indicatorId())).fetchOne(INDICATOR.ROADMAP_ID);
            if (roadmapId == null) {
                throw new ValidationException(List.of(Problem.of("period", "record.error.gone")));
            }
            SpendingReviewPeriod period = RoadmapRepository.periodOf(tx, roadmapId);
            if (!period.quarters().contains(reading.period())) {
                throw new ValidationException(List.of(Problem.of("period", "roadmaps.error.unknownPeriod",
                        reading.period().label(), period.label())));
            }
            long year = reading.period().year().startYear();
            long quarter = reading.period().number();
            tx.insertInto(INDICATOR_READING)
                    .set(INDICATOR_READING.INDICATOR_ID, reading.indicatorId())
                    .set(INDICATOR_READING.YEAR, year)
                    .set(INDICATOR_READING.QUARTER, quarter)
                    .set(INDICATOR_READING.VALUE, reading.value())
                    .set(INDICATOR_READING.NOTE, reading.note())
                    .onConflict(INDICATOR_READING.INDICATOR_ID, INDICATOR_READING.YEAR, INDICATOR_READING.QUARTER)
                    .doUpdate()
                    .set(INDICATOR_READING.VALUE, reading.value())
                    .set(INDICATOR_READING.NOTE, reading.note())
                    .execute();
        });
    }

    /**
     * Deletes the indicator as it was shown, at {@code readVersion}: when someone else has saved it since, nothing is
     * deleted ({@code record.error.changedByOther}); when it has gone already, {@code record.error.gone}.
     */
    public void delete(long indicatorId, long readVersion) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            RecordVersions.claim(tx, INDICATOR, indicatorId, readVersion);
            tx.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId)).execute();
        });
    }
}
