package uk.dln.secretariat.persistence.returns;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
import static uk.dln.secretariat.persistence.jooq.Tables.DEPARTMENTAL_RETURN;
import static uk.dln.secretariat.persistence.jooq.Tables.INDICATOR;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;
import static uk.dln.secretariat.persistence.jooq.Tables.RISK;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;
import static uk.dln.secretariat.persistence.jooq.Tables.WORKSPACE_IDENTITY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.returns.ActionLine;
import uk.dln.secretariat.model.returns.DepartmentalReturn;
import uk.dln.secretariat.model.returns.IndicatorLine;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.model.returns.MilestoneLine;
import uk.dln.secretariat.model.returns.ReturnChanges;
import uk.dln.secretariat.model.returns.RiskLine;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.persistence.actions.ActionRepository;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.roadmaps.IndicatorRepository;
import uk.dln.secretariat.persistence.roadmaps.MilestoneRepository;
import uk.dln.secretariat.persistence.roadmaps.RiskRepository;
import uk.dln.secretariat.persistence.roadmaps.SpendingReviewPeriodRepository;

/**
 * Departmental returns (decision 0029): an organisation's slice of the records with each record's version (its
 * {@code changed_at}), the returns issued and where they stand, and taking a return's accepted changes in, all in one
 * transaction that the audit trail attributes to the return.
 */
public final class ReturnRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public ReturnRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The identity every return issued from this workspace carries. */
    public String workspaceIdentity() {
        return dsl.select(WORKSPACE_IDENTITY.IDENTITY).from(WORKSPACE_IDENTITY).fetchOne(WORKSPACE_IDENTITY.IDENTITY);
    }

    /** The organisation's roadmap in the period that holds the day, if it has one. */
    public Optional<Long> currentRoadmap(long organisationId, LocalDate day) {
        return new SpendingReviewPeriodRepository(dsl).findAll().stream().filter(p -> p.contains(day))
                .map(SpendingReviewPeriod::id).findFirst()
                .flatMap(period -> dsl.select(ROADMAP.ID).from(ROADMAP)
                        .where(ROADMAP.ORGANISATION_ID.eq(organisationId), ROADMAP.PERIOD_ID.eq(period))
                        .fetchOptional(ROADMAP.ID));
    }

    /**
     * What a return to the organisation holds on the day: its live actions, the open milestones, the indicators
     * with the quarter's reading and the open risks of its roadmap in the current period. The header is left null
     * for the caller, who knows who it is for.
     */
    public DepartmentalReturn slice(long organisationId, LocalDate day) {
        var actionRows = dsl.select(ACTION.ID, ACTION.CHANGED_AT, ACTION.REFERENCE, ACTION.DESCRIPTION, ACTION.DUE_ON,
                        ACTION.STATUS).from(ACTION)
                .where(ACTION.ORGANISATION_ID.eq(organisationId),
                        ACTION.STATUS.notIn(ActionStatus.CLOSED, ActionStatus.DROPPED))
                .orderBy(ACTION.DUE_ON, ACTION.REFERENCE).fetch();
        var latest = new ActionRepository(dsl, clock).latestUpdates(actionRows.map(r -> r.get(ACTION.ID)));
        var actions = actionRows.map(r -> new ActionLine(r.get(ACTION.ID), version(r.get(ACTION.CHANGED_AT)),
                r.get(ACTION.REFERENCE), r.get(ACTION.DESCRIPTION), r.get(ACTION.DUE_ON),
                r.get(ACTION.STATUS),
                latest.containsKey(r.get(ACTION.ID)) ? latest.get(r.get(ACTION.ID)).text() : "", ""));
        Optional<Long> roadmap = currentRoadmap(organisationId, day);
        if (roadmap.isEmpty()) {
            return new DepartmentalReturn(null, actions, List.of(), List.of(), List.of());
        }
        long roadmapId = roadmap.get();
        Map<Long, String> milestoneVersions = versions(MILESTONE.ID, MILESTONE.CHANGED_AT, MILESTONE.ROADMAP_ID,
                roadmapId, MILESTONE);
        var milestones = new MilestoneRepository(dsl, clock).findByRoadmap(roadmapId).stream()
                .filter(m -> m.status().isOpen())
                .map(m -> new MilestoneLine(m.id(), milestoneVersions.get(m.id()), m.title(), m.baselineDate(),
                        m.forecastDate(), m.actualDate(), m.status(), m.confidence(), ""))
                .toList();
        Map<Long, String> indicatorVersions = versions(INDICATOR.ID, INDICATOR.CHANGED_AT, INDICATOR.ROADMAP_ID,
                roadmapId, INDICATOR);
        Quarter quarter = Quarter.of(day);
        var indicatorRepository = new IndicatorRepository(dsl, clock);
        var indicators = indicatorRepository.findByRoadmap(roadmapId).stream()
                .map(i -> {
                    var reading = indicatorRepository.readings(i.id()).stream()
                            .filter(r -> r.period().equals(quarter)).findFirst();
                    return new IndicatorLine(i.id(), indicatorVersions.get(i.id()), i.name(), i.unit(),
                            reading.map(IndicatorReading::value).orElse(null),
                            reading.map(IndicatorReading::note).orElse(""));
                })
                .toList();
        Map<Long, String> riskVersions = versions(RISK.ID, RISK.CHANGED_AT, RISK.ROADMAP_ID, roadmapId, RISK);
        var risks = new RiskRepository(dsl, clock).findByRoadmap(roadmapId).stream()
                .filter(r -> r.status() == RiskStatus.OPEN)
                .map(r -> new RiskLine(r.id(), riskVersions.get(r.id()), r.title(), r.owner(), r.likelihood(),
                        r.impact(), r.mitigation(), r.status(), r.reviewDate()))
                .toList();
        return new DepartmentalReturn(null, actions, milestones, indicators, risks);
    }

    private Map<Long, String> versions(org.jooq.Field<Long> id, org.jooq.Field<LocalDateTime> changedAt,
                                       org.jooq.Field<Long> roadmap, long roadmapId, org.jooq.Table<?> table) {
        return dsl.select(id, changedAt).from(table).where(roadmap.eq(roadmapId))
                .fetchMap(r -> r.value1(), r -> version(r.value2()));
    }

    /** A record's version: its last-changed stamp, in the form the workbook carries. */
    public static String version(LocalDateTime changedAt) {
        return changedAt == null ? "" : changedAt.toString();
    }

    /** Remembers a return as issued. */
    public IssuedReturn issue(IssuedReturn issued) {
        dsl.transaction(transaction -> transaction.dsl().insertInto(DEPARTMENTAL_RETURN)
                .set(DEPARTMENTAL_RETURN.ID, issued.id())
                .set(DEPARTMENTAL_RETURN.ORGANISATION_ID, issued.organisationId())
                .set(DEPARTMENTAL_RETURN.ISSUED_AT, issued.issuedAt())
                .set(DEPARTMENTAL_RETURN.ADDRESSEE, issued.issuedTo())
                .set(DEPARTMENTAL_RETURN.DUE_ON, issued.dueOn())
                .set(DEPARTMENTAL_RETURN.FILE_NAME, issued.fileName())
                .set(DEPARTMENTAL_RETURN.CHANGED_AT, LocalDateTime.now(clock))
                .execute());
        return issued;
    }

    public Optional<IssuedReturn> find(String id) {
        return select().where(DEPARTMENTAL_RETURN.ID.eq(id)).fetchOptional(ReturnRepository::toModel);
    }

    /** Every return, newest first. */
    public List<IssuedReturn> findAll() {
        return select().orderBy(DEPARTMENTAL_RETURN.ISSUED_AT.desc(), ORGANISATION.SHORT_NAME)
                .fetch(ReturnRepository::toModel);
    }

    /** Notes that a chaser was written for the return. */
    public void markChased(String id) {
        stamp(id, DEPARTMENTAL_RETURN.CHASED_AT, true);
    }

    /** Notes that a workbook for the return was read, the first time only. */
    public void markReceived(String id) {
        stamp(id, DEPARTMENTAL_RETURN.RECEIVED_AT, false);
    }

    private void stamp(String id, org.jooq.TableField<?, LocalDateTime> field, boolean again) {
        dsl.transaction(transaction -> {
            var update = transaction.dsl().update(DEPARTMENTAL_RETURN).set(field, LocalDateTime.now(clock))
                    .set(DEPARTMENTAL_RETURN.CHANGED_AT, LocalDateTime.now(clock))
                    // Not claimed (no one read it first), but raised, so an intake read before cannot pass over it.
                    .set(DEPARTMENTAL_RETURN.VERSION, DEPARTMENTAL_RETURN.VERSION.plus(1))
                    .where(DEPARTMENTAL_RETURN.ID.eq(id));
            (again ? update : update.and(field.isNull())).execute();
        });
    }

    /**
     * Stores a return's accepted changes in one transaction: all of them or, if any is refused, none. The audit
     * trail names the user and the return ("alice, from the DWP return of 5 Nov 2026"). Claims the version the
     * return was read at: when someone else took it in (or chased it) since, nothing is stored
     * ({@code record.error.changedByOther}, naming who and when), so one person's intake never silently passes over
     * another's.
     */
    public void takeIn(ReturnChanges changes) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            if (!tx.fetchExists(DEPARTMENTAL_RETURN, DEPARTMENTAL_RETURN.ID.eq(changes.returnId()))) {
                throw new ValidationException(List.of(Problem.of("return", "record.error.gone")));
            }
            RecordVersions.claim(tx, DEPARTMENTAL_RETURN, changes.returnId(), changes.returnVersion());
            // The actor row exists for the length of this transaction only (AuditStamping).
            tx.execute("UPDATE audit_actor SET user_name = substr(user_name || ', ' || ?, 1, 200)",
                    changes.attribution());
            var actions = new ActionRepository(tx, clock);
            LocalDate today = LocalDate.now(clock);
            for (var change : changes.actions()) {
                if (change.status() != null) {
                    actions.changeStatus(change.actionId(), change.status(), change.update());
                } else if (!change.update().isBlank()) {
                    Long owner = tx.select(ACTION.OWNER_ID).from(ACTION).where(ACTION.ID.eq(change.actionId()))
                            .fetchOne(ACTION.OWNER_ID);
                    if (owner == null) {
                        throw new ValidationException(List.of(Problem.of("status", "record.error.gone")));
                    }
                    actions.addUpdate(new ActionUpdate(0, change.actionId(), today, owner, change.update()));
                }
            }
            var milestones = new MilestoneRepository(tx, clock);
            for (ReturnChanges.MilestoneChange change : changes.milestones()) {
                milestones.save(change.milestone(), change.reason());
            }
            var indicators = new IndicatorRepository(tx, clock);
            for (IndicatorReading reading : changes.readings()) {
                indicators.saveReading(reading);
            }
            var risks = new RiskRepository(tx, clock);
            for (Risk risk : changes.risks()) {
                risks.save(risk);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            tx.update(DEPARTMENTAL_RETURN)
                    .set(DEPARTMENTAL_RETURN.RECEIVED_AT,
                            org.jooq.impl.DSL.coalesce(DEPARTMENTAL_RETURN.RECEIVED_AT,
                                    // Typed as the column, so stored in its form (a bare value is not, on either).
                                    org.jooq.impl.DSL.val(now, DEPARTMENTAL_RETURN.RECEIVED_AT)))
                    .set(DEPARTMENTAL_RETURN.TAKEN_IN_AT, now)
                    .set(DEPARTMENTAL_RETURN.CHANGED_AT, now)
                    .where(DEPARTMENTAL_RETURN.ID.eq(changes.returnId())).execute();
        });
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(DEPARTMENTAL_RETURN.asterisk(), ORGANISATION.SHORT_NAME).from(DEPARTMENTAL_RETURN)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(DEPARTMENTAL_RETURN.ORGANISATION_ID));
    }

    private static IssuedReturn toModel(Record r) {
        var row = r.into(DEPARTMENTAL_RETURN);
        return new IssuedReturn(row.getId(), row.getOrganisationId(), r.get(ORGANISATION.SHORT_NAME),
                row.getIssuedAt(), row.getAddressee(), row.getDueOn(), row.getFileName(), row.getChasedAt(),
                row.getReceivedAt(), row.getTakenInAt(), row.getVersion());
    }
}
