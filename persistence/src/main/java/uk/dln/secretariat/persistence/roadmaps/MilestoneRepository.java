package uk.dln.secretariat.persistence.roadmaps;

import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE_CHANGE;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE_DEPENDENCY;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.roadmaps.DependencyGraph;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.support.UnchangedRow;

/**
 * Milestones with their dependencies and history. Saving refuses dates before the roadmap's period, dependencies
 * outside the period and dependency loops, and records a history entry whenever the forecast or confidence changes.
 */
public final class MilestoneRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public MilestoneRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A roadmap's milestones, by forecast date. */
    public List<Milestone> findByRoadmap(long roadmapId) {
        return find(dsl, MILESTONE.ROADMAP_ID.eq(roadmapId));
    }

    /** Every milestone on the period's roadmaps, by forecast date: the timeline and the dependency choices. */
    public List<Milestone> findByPeriod(long periodId) {
        return find(dsl, MILESTONE.ROADMAP_ID.in(
                dsl.select(ROADMAP.ID).from(ROADMAP).where(ROADMAP.PERIOD_ID.eq(periodId))));
    }

    /** Every forecast and confidence the milestone has had, oldest first. */
    public List<MilestoneChange> history(long milestoneId) {
        return dsl.selectFrom(MILESTONE_CHANGE).where(MILESTONE_CHANGE.MILESTONE_ID.eq(milestoneId))
                .orderBy(MILESTONE_CHANGE.CHANGED_AT, MILESTONE_CHANGE.ID)
                .fetch(row -> new MilestoneChange(row.getMilestoneId(), row.getChangedAt(), row.getBaselineDate(),
                        row.getForecastDate(), row.getConfidence(), row.getReason()));
    }

    public Milestone save(Milestone milestone) {
        return save(milestone, "");
    }

    /**
     * Stores the milestone; a new forecast, baseline or delivery confidence joins its history with the reason given
     * for it (may be empty). A stored one claims the version it was read at: when someone else has saved it since,
     * nothing is stored ({@code record.error.changedByOther}).
     *
     * @return the milestone as stored, at its new version
     */
    public Milestone save(Milestone milestone, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MilestoneChange.REASON_MAX) {
            throw new ValidationException(List.of(Problem.of("reason", "validation.tooLong",
                    MilestoneChange.REASON_MAX, why.length())));
        }
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            refuseWhatThePeriodCannotHold(tx, milestone);
            Milestone previous = milestone.isStored() ? find(tx, MILESTONE.ID.eq(milestone.id())).stream()
                    .findFirst().orElseThrow(() -> gone()) : null;
            if (previous != null && previous.atVersion(milestone.version()).equals(milestone)) {
                // The milestone as stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            if (previous != null) {
                RecordVersions.claim(tx, MILESTONE, milestone.id(), milestone.version());
            }
            Milestone stored = write(tx, milestone);
            // Only links that were added or removed are written: an unchanged save records nothing.
            var linked = new java.util.HashSet<>(tx.select(MILESTONE_DEPENDENCY.DEPENDS_ON_ID).from(MILESTONE_DEPENDENCY)
                    .where(MILESTONE_DEPENDENCY.MILESTONE_ID.eq(stored.id())).fetch(MILESTONE_DEPENDENCY.DEPENDS_ON_ID));
            var wanted = new java.util.HashSet<>(stored.dependsOn());
            for (long gone : linked) {
                if (!wanted.contains(gone)) {
                    tx.deleteFrom(MILESTONE_DEPENDENCY).where(MILESTONE_DEPENDENCY.MILESTONE_ID.eq(stored.id())
                            .and(MILESTONE_DEPENDENCY.DEPENDS_ON_ID.eq(gone))).execute();
                }
            }
            for (long dependency : wanted) {
                if (!linked.contains(dependency)) {
                    tx.insertInto(MILESTONE_DEPENDENCY).set(MILESTONE_DEPENDENCY.MILESTONE_ID, stored.id())
                            .set(MILESTONE_DEPENDENCY.DEPENDS_ON_ID, dependency).execute();
                }
            }
            if (previous == null || !Objects.equals(previous.forecastDate(), stored.forecastDate())
                    || previous.confidence() != stored.confidence()
                    || !Objects.equals(previous.baselineDate(), stored.baselineDate())) {
                tx.insertInto(MILESTONE_CHANGE).set(MILESTONE_CHANGE.MILESTONE_ID, stored.id())
                        .set(MILESTONE_CHANGE.CHANGED_AT, LocalDateTime.now(clock))
                        .set(MILESTONE_CHANGE.BASELINE_DATE, stored.baselineDate())
                        .set(MILESTONE_CHANGE.FORECAST_DATE, stored.forecastDate())
                        .set(MILESTONE_CHANGE.CONFIDENCE, stored.confidence())
                        .set(MILESTONE_CHANGE.REASON, why).execute();
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return stored.atVersion(RecordVersions.current(tx, MILESTONE, stored.id()));
        });
    }

    /**
     * Deletes the milestone as it was shown, at {@code readVersion}: when someone else has saved it since, nothing is
     * deleted ({@code record.error.changedByOther}); when it has gone already, {@code record.error.gone}.
     */
    public void delete(long milestoneId, long readVersion) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            RecordVersions.claim(tx, MILESTONE, milestoneId, readVersion);
            tx.deleteFrom(MILESTONE).where(MILESTONE.ID.eq(milestoneId)).execute();
        });
    }

    private static void refuseWhatThePeriodCannotHold(DSLContext tx, Milestone milestone) {
        SpendingReviewPeriod period = RoadmapRepository.periodOf(tx, milestone.roadmapId());
        var problems = new ArrayList<>(milestone.problemsWithin(period));
        if (!milestone.dependsOn().isEmpty()) {
            Map<Long, Set<Long>> edges = dependencies(tx, period.id());
            Set<Long> inPeriod = new HashSet<>(tx.select(MILESTONE.ID).from(MILESTONE).join(ROADMAP)
                    .on(ROADMAP.ID.eq(MILESTONE.ROADMAP_ID)).where(ROADMAP.PERIOD_ID.eq(period.id()))
                    .fetch(MILESTONE.ID));
            if (!inPeriod.containsAll(milestone.dependsOn())) {
                problems.add(Problem.of("dependsOn", "roadmaps.error.dependencyOutsidePeriod", period.code()));
            } else if (milestone.isStored()) {
                List<Long> cycle = new DependencyGraph(edges).cycleIfSet(milestone.id(), milestone.dependsOn());
                if (!cycle.isEmpty()) {
                    problems.add(Problem.of("dependsOn", "roadmaps.error.dependencyCycle", titles(tx, cycle)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The loop as people read it: "A, then B, then A". */
    private static String titles(DSLContext tx, List<Long> ids) {
        Map<Long, String> byId = tx.select(MILESTONE.ID, MILESTONE.TITLE).from(MILESTONE).where(MILESTONE.ID.in(ids))
                .fetchMap(MILESTONE.ID, MILESTONE.TITLE);
        return ids.stream().map(byId::get).collect(Collectors.joining(" \u2192 "));
    }

    private static Map<Long, Set<Long>> dependencies(DSLContext tx, long periodId) {
        var edges = new HashMap<Long, Set<Long>>();
        tx.select(MILESTONE_DEPENDENCY.MILESTONE_ID, MILESTONE_DEPENDENCY.DEPENDS_ON_ID).from(MILESTONE_DEPENDENCY)
                .join(MILESTONE).on(MILESTONE.ID.eq(MILESTONE_DEPENDENCY.MILESTONE_ID))
                .join(ROADMAP).on(ROADMAP.ID.eq(MILESTONE.ROADMAP_ID))
                .where(ROADMAP.PERIOD_ID.eq(periodId))
                .forEach(r -> edges.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return edges;
    }

    private Milestone write(DSLContext tx, Milestone milestone) {
        var record = tx.newRecord(MILESTONE);
        record.setRoadmapId(milestone.roadmapId());
        record.setTitle(milestone.title());
        record.setDescription(milestone.description());
        record.setOwner(milestone.owner());
        record.setBaselineDate(milestone.baselineDate());
        record.setForecastDate(milestone.forecastDate());
        record.setActualDate(milestone.actualDate());
        record.setStatus(milestone.status());
        record.setConfidence(milestone.confidence());
        record.setChangedAt(LocalDateTime.now(clock));
        if (!milestone.isStored()) {
            record.insert();
            return milestone.withId(record.getId());
        }
        record.setId(milestone.id());
        record.changed(MILESTONE.ID, false);
        if (tx.update(MILESTONE).set(record).where(MILESTONE.ID.eq(milestone.id())).execute() == 0) {
            throw UnchangedRow.why(tx, MILESTONE.ID, milestone.id(), "title");
        }
        return milestone;
    }

    private static ValidationException gone() {
        return new ValidationException(List.of(Problem.of("title", "record.error.gone")));
    }

    /** Milestones matching the condition, each with its dependencies, in two queries. */
    /** Selects only the columns the model holds, and builds each milestone as its row is read. */
    private static List<Milestone> find(DSLContext tx, Condition condition) {
        Map<Long, Set<Long>> dependencies = new HashMap<>();
        tx.select(MILESTONE_DEPENDENCY.MILESTONE_ID, MILESTONE_DEPENDENCY.DEPENDS_ON_ID).from(MILESTONE_DEPENDENCY)
                .where(MILESTONE_DEPENDENCY.MILESTONE_ID.in(tx.select(MILESTONE.ID).from(MILESTONE).where(condition)))
                .forEach(r -> dependencies.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return tx.select(MILESTONE.ID, MILESTONE.ROADMAP_ID, MILESTONE.TITLE, MILESTONE.DESCRIPTION, MILESTONE.OWNER,
                        MILESTONE.BASELINE_DATE, MILESTONE.FORECAST_DATE, MILESTONE.ACTUAL_DATE, MILESTONE.STATUS,
                        MILESTONE.CONFIDENCE, MILESTONE.VERSION)
                .from(MILESTONE).where(condition).orderBy(MILESTONE.FORECAST_DATE, MILESTONE.TITLE)
                .collect(Collectors.mapping(row -> new Milestone(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7(), row.value8(),
                        row.value9(), row.value10(),
                        dependencies.getOrDefault(row.value1(), Set.of()), row.value11()), Collectors.toList()));
    }
}
