package uk.dln.secretariat.persistence.actions;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
import static uk.dln.secretariat.persistence.jooq.Tables.ACTION_REVISION;
import static uk.dln.secretariat.persistence.jooq.Tables.ACTION_UPDATE;
import static uk.dln.secretariat.persistence.jooq.Tables.AGENDA_ITEM;
import static uk.dln.secretariat.persistence.jooq.Tables.LEADER;
import static uk.dln.secretariat.persistence.jooq.Tables.MEETING;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionCorrection;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionReference;
import uk.dln.secretariat.model.actions.ActionRevision;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.audit.AuditStamping;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.ActionRecord;
import uk.dln.secretariat.persistence.meetings.MeetingLocks;
import uk.dln.secretariat.persistence.settings.SettingsRepository;
import uk.dln.secretariat.persistence.support.UnchangedRow;

/** Actions raised at meetings and their dated updates: what meetings need; the action log builds on it. */
public final class ActionRepository {

    private static final List<ActionStatus> FINISHED = List.of(ActionStatus.CLOSED, ActionStatus.DROPPED);

    private final DSLContext dsl;
    private final Clock clock;

    public ActionRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Records a new action and gives it the next reference at its meeting, e.g. {@code A26/11/03}. Refused once the
     * meeting's minutes are approved, since the action would not appear in them.
     */
    public Action raise(Action action) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, action.meetingId(), "description");
            var meeting = tx.select(MEETING.MEETING_ON, MEETING.NUMBER).from(MEETING)
                    .where(MEETING.ID.eq(action.meetingId())).fetchOne();
            Long highest = tx.select(DSL.max(ACTION.SEQUENCE)).from(ACTION)
                    .where(ACTION.MEETING_ID.eq(action.meetingId())).fetchOne(0, Long.class);
            int sequence = highest == null ? 1 : highest.intValue() + 1;
            String reference = new ActionReference(meeting.value1().getYear(), meeting.value2().intValue(),
                    sequence).toString();
            ActionRecord record = tx.newRecord(ACTION);
            record.setReference(reference);
            record.setSequence((long) sequence);
            record.setDescription(action.description());
            record.setOwnerId(action.ownerId());
            record.setOrganisationId(action.organisationId());
            record.setMeetingId(action.meetingId());
            record.setAgendaItemId(action.agendaItemId());
            record.setRaisedOn(action.raisedOn());
            record.setDueOn(action.dueOn());
            record.setStatus(action.status());
            record.setClosedOn(action.closedOn());
            record.setChangedAt(LocalDateTime.now(clock));
            record.insert();
            return action.withIdAndReference(record.getId(), reference);
        });
    }

    /**
     * The actions raised at a meeting, in the order they were raised, as its minutes record them: once the minutes
     * are approved, each action as it stood when they were approved (a later correction or withdrawal does not
     * rewrite them); while they are draft, each action as it stands, without those withdrawn.
     */
    public List<ActionSummary> forMeeting(long meetingId) {
        var first = ACTION_REVISION.as("first_after_approval");
        var later = ACTION_REVISION.as("later");
        var owner = LEADER.as("minuted_owner");
        var organisation = ORGANISATION.as("minuted_organisation");
        return dsl.select(ACTION.asterisk(), first.DESCRIPTION_BEFORE, first.OWNER_ID_BEFORE,
                        first.ORGANISATION_ID_BEFORE, first.PREVIOUS_DUE_ON, owner.NAME, organisation.SHORT_NAME)
                .from(ACTION)
                .leftJoin(first).on(first.ID.eq(DSL.select(DSL.min(later.ID)).from(later)
                        .where(later.ACTION_ID.eq(ACTION.ID).and(later.MINUTES_APPROVED.eq(1L)))))
                .join(owner).on(owner.ID.eq(DSL.coalesce(first.OWNER_ID_BEFORE, ACTION.OWNER_ID)))
                .join(organisation).on(organisation.ID.eq(DSL.coalesce(first.ORGANISATION_ID_BEFORE,
                        ACTION.ORGANISATION_ID)))
                .where(ACTION.MEETING_ID.eq(meetingId).and(notWithdrawn().or(first.ID.isNotNull())))
                .orderBy(ACTION.SEQUENCE.asc())
                .fetch(r -> {
                    Action now = toModel(r);
                    Action minuted = r.get(first.DESCRIPTION_BEFORE) == null ? now : new Action(now.id(),
                            now.reference(), r.get(first.DESCRIPTION_BEFORE), r.get(first.OWNER_ID_BEFORE),
                            r.get(first.ORGANISATION_ID_BEFORE), now.meetingId(), now.agendaItemId(), now.raisedOn(),
                            r.get(first.PREVIOUS_DUE_ON), now.status(), now.closedOn(), now.version());
                    return new ActionSummary(minuted, r.get(owner.NAME), r.get(organisation.SHORT_NAME));
                });
    }

    /** Live actions due on or before {@code day}: a meeting's matters arising. */
    public List<ActionSummary> openDueBy(LocalDate day) {
        return summaries(ACTION.STATUS.notIn(FINISHED).and(ACTION.DUE_ON.le(day)), ACTION.DUE_ON.asc());
    }

    /** The action as it stands now, or empty if there is none with that id. */
    public Optional<Action> find(long actionId) {
        return dsl.selectFrom(ACTION).where(ACTION.ID.eq(actionId)).fetchOptional(ActionRepository::toModel);
    }

    /**
     * As {@link #correct(long, long, ActionCorrection)} over the action as it stands now, for corrections no one
     * read first (generated history); an editor passes the version it showed.
     */
    public Action correct(long actionId, ActionCorrection correction) {
        return correct(actionId, find(actionId).map(Action::version).orElse(0L), correction);
    }

    /**
     * Corrects an action after it was raised: wording, owner, organisation, due date. A new due date needs a
     * reason; the action as it stood, the new date and the reason are kept as a revision, in one transaction.
     * A correction that changes nothing records nothing.
     *
     * @param readVersion the version the correction was made to; refused ({@code record.error.changedByOther}) when
     *                    someone else has saved the action since
     * @return the action as corrected, at its new version
     */
    public Action correct(long actionId, long readVersion, ActionCorrection correction) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            Action current = live(tx, actionId, "description");
            if (!correction.changes(current)) {
                return current;
            }
            RecordVersions.claim(tx, ACTION, actionId, readVersion);
            Action corrected = correction.appliedTo(current);
            insertRevision(tx, current, ActionRevision.Kind.EDITED, corrected.dueOn(), correction.reason());
            tx.update(ACTION)
                    .set(ACTION.DESCRIPTION, corrected.description())
                    .set(ACTION.OWNER_ID, corrected.ownerId())
                    .set(ACTION.ORGANISATION_ID, corrected.organisationId())
                    .set(ACTION.DUE_ON, corrected.dueOn())
                    .set(ACTION.CHANGED_AT, LocalDateTime.now(clock))
                    .where(ACTION.ID.eq(actionId)).execute();
            // Read back: a server's trigger may have raised it again for the update itself.
            return corrected.atVersion(RecordVersions.current(tx, ACTION, actionId));
        });
    }

    /**
     * As {@link #withdraw(long, long, String)} over the action as it stands now, for withdrawals no one read first
     * (generated history); an editor passes the version it showed.
     */
    public void withdraw(long actionId, String reason) {
        withdraw(actionId, find(actionId).map(Action::version).orElse(0L), reason);
    }

    /**
     * Withdraws an action raised in error: it leaves the action log (and draft minutes) and stays in the audit
     * trail, with the reason on its revision. Withdrawing is how an action is deleted, so it claims the version the
     * action was shown at, as a correction does: an action someone else changed since is not withdrawn unseen.
     *
     * @param readVersion the version the action was shown at; refused ({@code record.error.changedByOther}) when
     *                    someone else has saved it since
     */
    public void withdraw(long actionId, long readVersion, String reason) {
        String why = reason == null ? "" : reason.strip();
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            if (why.isEmpty()) {
                throw new ValidationException(List.of(Problem.of("reason", "actions.error.reasonForWithdrawal")));
            }
            if (why.length() > ActionCorrection.REASON_MAX) {
                throw new ValidationException(List.of(Problem.of("reason", "validation.tooLong",
                        ActionCorrection.REASON_MAX, why.length())));
            }
            Action current = live(tx, actionId, "reason");
            RecordVersions.claim(tx, ACTION, actionId, readVersion);
            insertRevision(tx, current, ActionRevision.Kind.WITHDRAWN, current.dueOn(), why);
        });
    }

    /** The action's corrections and withdrawal, newest first, with the names as the directory has them now. */
    public List<ActionRevision> revisions(long actionId) {
        return dsl.select(ACTION_REVISION.asterisk(), LEADER.NAME, ORGANISATION.SHORT_NAME)
                .from(ACTION_REVISION)
                .leftJoin(LEADER).on(LEADER.ID.eq(ACTION_REVISION.OWNER_ID_BEFORE))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_REVISION.ORGANISATION_ID_BEFORE))
                .where(ACTION_REVISION.ACTION_ID.eq(actionId))
                .orderBy(ACTION_REVISION.ID.desc())
                .fetch(r -> new ActionRevision(r.get(ACTION_REVISION.ID), r.get(ACTION_REVISION.ACTION_ID),
                        r.get(ACTION_REVISION.KIND), r.get(ACTION_REVISION.REVISED_ON),
                        r.get(ACTION_REVISION.DESCRIPTION_BEFORE), r.get(ACTION_REVISION.OWNER_ID_BEFORE),
                        r.get(LEADER.NAME), r.get(ACTION_REVISION.ORGANISATION_ID_BEFORE),
                        r.get(ORGANISATION.SHORT_NAME), r.get(ACTION_REVISION.PREVIOUS_DUE_ON),
                        r.get(ACTION_REVISION.NEW_DUE_ON), r.get(ACTION_REVISION.REASON)));
    }

    /**
     * For each of the actions whose due date has been moved, the due date it was first given, by action id: what
     * the pack's "revised from" shows.
     */
    public Map<Long, LocalDate> originalDueDates(Collection<Long> actionIds) {
        Field<LocalDate> firstAgreed = firstAgreedDue();
        return dsl.select(ACTION.ID, firstAgreed).from(ACTION)
                .where(ACTION.ID.in(actionIds).and(firstAgreed.isNotNull()))
                .fetchMap(ACTION.ID, firstAgreed);
    }

    /** The due date first agreed for the action of the row: the one its first move of due date replaced. */
    private static Field<LocalDate> firstAgreedDue() {
        var moved = ACTION_REVISION.as("moved");
        return DSL.select(moved.PREVIOUS_DUE_ON).from(moved)
                .where(moved.ACTION_ID.eq(ACTION.ID).and(moved.NEW_DUE_ON.ne(moved.PREVIOUS_DUE_ON)))
                .orderBy(moved.ID).limit(1).asField("first_agreed_due");
    }

    private static Action live(DSLContext tx, long actionId, String field) {
        var row = tx.selectFrom(ACTION).where(ACTION.ID.eq(actionId).and(notWithdrawn())).fetchOne();
        if (row == null) {
            throw new ValidationException(List.of(Problem.of(field, "record.error.gone")));
        }
        return toModel(row);
    }

    /** Withdrawn actions have a WITHDRAWN revision; everything that lists live records leaves them out. */
    private static Condition notWithdrawn() {
        return ACTION.ID.notIn(DSL.select(ACTION_REVISION.ACTION_ID).from(ACTION_REVISION)
                .where(ACTION_REVISION.KIND.eq(ActionRevision.Kind.WITHDRAWN)));
    }

    private void insertRevision(DSLContext tx, Action before, ActionRevision.Kind kind, LocalDate newDue,
                                String reason) {
        MeetingStatus status = tx.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(before.meetingId()))
                .fetchOne(MEETING.STATUS);
        boolean approved = status != null && status.minutesLocked();
        tx.insertInto(ACTION_REVISION)
                .set(ACTION_REVISION.ACTION_ID, before.id())
                .set(ACTION_REVISION.KIND, kind)
                .set(ACTION_REVISION.REVISED_ON, LocalDate.now(clock))
                .set(ACTION_REVISION.DESCRIPTION_BEFORE, before.description())
                .set(ACTION_REVISION.OWNER_ID_BEFORE, before.ownerId())
                .set(ACTION_REVISION.ORGANISATION_ID_BEFORE, before.organisationId())
                .set(ACTION_REVISION.PREVIOUS_DUE_ON, before.dueOn())
                .set(ACTION_REVISION.NEW_DUE_ON, newDue)
                .set(ACTION_REVISION.REASON, reason)
                .set(ACTION_REVISION.MINUTES_APPROVED, approved ? 1L : 0L)
                .set(ACTION_REVISION.CHANGED_AT, LocalDateTime.now(clock))
                .execute();
    }

    /** The latest update of each of the actions that have one, by action id, in one query. */
    public Map<Long, ActionUpdate> latestUpdates(Collection<Long> actionIds) {
        var latest = new HashMap<Long, ActionUpdate>();
        dsl.selectFrom(ACTION_UPDATE).where(ACTION_UPDATE.ACTION_ID.in(actionIds))
                .orderBy(ACTION_UPDATE.WRITTEN_ON.asc(), ACTION_UPDATE.ID.asc())
                .fetch(r -> new ActionUpdate(r.getId(), r.getActionId(), r.getWrittenOn(), r.getAuthorId(),
                        r.getWrittenBy(), r.getText()))
                .forEach(update -> latest.put(update.actionId(), update));
        return latest;
    }

    /** Moves an action to a status; finishing it stamps today as its closed date, reopening clears it. */
    public void changeStatus(long actionId, ActionStatus status) {
        changeStatusOn(actionId, status, LocalDate.now(clock));
    }

    /**
     * Records a status an action reached on a given day, as demonstration and generated history do, so an action
     * closed last spring is not counted as closed this month.
     */
    public void changeStatusOn(long actionId, ActionStatus status, LocalDate on) {
        dsl.transaction(transaction -> {
            int updated = transaction.dsl().update(ACTION)
                    .set(ACTION.STATUS, status)
                    .set(ACTION.CLOSED_ON, status.finished() ? on : null)
                    .set(ACTION.CHANGED_AT, LocalDateTime.now(clock))
                    // Not claimed (no one read it first), but raised, so an editor showing it cannot overwrite it.
                    .set(ACTION.VERSION, ACTION.VERSION.plus(1))
                    .where(ACTION.ID.eq(actionId)).execute();
            if (updated == 0) {
                throw UnchangedRow.why(transaction.dsl(), ACTION.ID, actionId, "status");
            }
        });
    }

    /**
     * Every action across all meetings with its owner, organisation, meeting, item and latest update, in one query:
     * what the action log shows, latest due first.
     */
    public List<ActionLogEntry> log() {
        return entries(DSL.noCondition(), ACTION.DUE_ON.desc());
    }

    /**
     * The action log as at a day, in one query: every live action, and those finished on or after
     * {@code finishedSince} (so the network sees what was closed since it last met), soonest due first.
     */
    public List<ActionLogEntry> log(LocalDate finishedSince) {
        return entries(ACTION.STATUS.notIn(FINISHED).or(ACTION.CLOSED_ON.ge(finishedSince)), ACTION.DUE_ON.asc());
    }

    private List<ActionLogEntry> entries(Condition condition, SortField<?> order) {
        var latest = ACTION_UPDATE.as("latest");
        var newer = ACTION_UPDATE.as("newer");
        Field<LocalDate> firstAgreed = firstAgreedDue();
        return dsl.select(ACTION.asterisk(), LEADER.NAME, LEADER.EMAIL, ORGANISATION.SHORT_NAME, MEETING.NUMBER,
                        MEETING.MEETING_ON, AGENDA_ITEM.POSITION, AGENDA_ITEM.TITLE, latest.ID, latest.WRITTEN_ON,
                        latest.AUTHOR_ID, latest.WRITTEN_BY, latest.TEXT, firstAgreed)
                .from(ACTION)
                .join(LEADER).on(LEADER.ID.eq(ACTION.OWNER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION.ORGANISATION_ID))
                .join(MEETING).on(MEETING.ID.eq(ACTION.MEETING_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION.AGENDA_ITEM_ID))
                .leftJoin(latest).on(latest.ID.eq(DSL.select(newer.ID).from(newer)
                        .where(newer.ACTION_ID.eq(ACTION.ID))
                        .orderBy(newer.WRITTEN_ON.desc(), newer.ID.desc()).limit(1)))
                .where(condition.and(notWithdrawn()))
                .orderBy(order, ACTION.REFERENCE.asc())
                .fetch(r -> new ActionLogEntry(toModel(r), r.get(LEADER.NAME), r.get(LEADER.EMAIL),
                        r.get(ORGANISATION.SHORT_NAME), r.get(MEETING.NUMBER).intValue(), r.get(MEETING.MEETING_ON),
                        r.get(AGENDA_ITEM.POSITION) == null ? null : r.get(AGENDA_ITEM.POSITION).intValue(),
                        r.get(AGENDA_ITEM.TITLE), r.get(latest.ID) == null ? null : new ActionUpdate(r.get(latest.ID),
                        r.get(ACTION.ID), r.get(latest.WRITTEN_ON), r.get(latest.AUTHOR_ID), r.get(latest.WRITTEN_BY),
                        r.get(latest.TEXT)), r.get(firstAgreed)));
    }

    /**
     * Moves an action to a status and records why as a dated update by its owner, together or not at all.
     *
     * @param updateText what happened; may be blank, unless the action is being closed and the network requires a
     *                   closing update
     */
    public void changeStatus(long actionId, ActionStatus status, String updateText) {
        changeStatuses(List.of(actionId), status, updateText);
    }

    /**
     * As {@link #changeStatuses(Map, ActionStatus, String)} over the actions as they stand now, for changes no one
     * read first (a return's status changes, already checked when it was taken in); editors pass the versions they
     * showed.
     */
    public void changeStatuses(Collection<Long> actionIds, ActionStatus status, String updateText) {
        changeStatuses(actionIds, null, status, updateText);
    }

    /**
     * As {@link #changeStatus(long, ActionStatus, String)} for several actions in one transaction, each claiming the
     * version it was read at: when someone else saved any of them since, none changes
     * ({@code record.error.changedByOther}).
     *
     * @param readVersions the version each action was shown at, by id
     */
    public void changeStatuses(Map<Long, Long> readVersions, ActionStatus status, String updateText) {
        changeStatuses(readVersions.keySet(), readVersions, status, updateText);
    }

    private void changeStatuses(Collection<Long> actionIds, Map<Long, Long> readVersions, ActionStatus status,
                                String updateText) {
        String text = updateText == null ? "" : updateText.strip();
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            if (status == ActionStatus.CLOSED && text.isEmpty()
                    && new SettingsRepository(tx).load().closingUpdateRequired()) {
                throw new ValidationException(List.of(Problem.of("update", "actions.error.closingUpdateRequired")));
            }
            LocalDate today = LocalDate.now(clock);
            var owners = tx.select(ACTION.ID, ACTION.OWNER_ID).from(ACTION).where(ACTION.ID.in(actionIds))
                    .fetchMap(r -> r.value1(), r -> r.value2());
            if (owners.size() != actionIds.size()) {
                throw new ValidationException(List.of(Problem.of("status", "record.error.gone")));
            }
            if (readVersions != null) {
                for (var read : readVersions.entrySet()) {
                    RecordVersions.claim(tx, ACTION, read.getKey(), read.getValue());
                }
            }
            var update = tx.update(ACTION)
                    .set(ACTION.STATUS, status)
                    .set(ACTION.CLOSED_ON, status.finished() ? today : null)
                    .set(ACTION.CHANGED_AT, LocalDateTime.now(clock));
            // Claimed ones were raised by their claim; the rest are raised here, so no editor can overwrite them.
            int updated = (readVersions == null ? update.set(ACTION.VERSION, ACTION.VERSION.plus(1)) : update)
                    .where(ACTION.ID.in(actionIds)).execute();
            // All there, yet not all changed: the server's roles hid some from this user's changes.
            if (updated != owners.size()) {
                throw new SecretariatException("workspace.error.serverRefused");
            }
            if (!text.isEmpty()) {
                owners.forEach((id, owner) -> insertUpdate(tx, new ActionUpdate(0, id, today, owner,
                        AuditStamping.currentUser(), text)));
            }
        });
    }

    public List<ActionUpdate> updates(long actionId) {
        return dsl.selectFrom(ACTION_UPDATE).where(ACTION_UPDATE.ACTION_ID.eq(actionId))
                .orderBy(ACTION_UPDATE.WRITTEN_ON.desc(), ACTION_UPDATE.ID.desc())
                .fetch(r -> new ActionUpdate(r.getId(), r.getActionId(), r.getWrittenOn(), r.getAuthorId(),
                        r.getWrittenBy(), r.getText()));
    }

    /** Stores an update; one with no writer named is credited to the person using the app, as the audit trail is. */
    public ActionUpdate addUpdate(ActionUpdate update) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (!tx.fetchExists(ACTION, ACTION.ID.eq(update.actionId()))) {
                throw new ValidationException(List.of(Problem.of("text", "record.error.gone")));
            }
            ActionUpdate written = update.writtenBy().isEmpty() ? update.writtenBy(AuditStamping.currentUser())
                    : update;
            return written.withId(insertUpdate(tx, written));
        });
    }

    private long insertUpdate(DSLContext tx, ActionUpdate update) {
        return tx.insertInto(ACTION_UPDATE)
                .set(ACTION_UPDATE.ACTION_ID, update.actionId())
                .set(ACTION_UPDATE.WRITTEN_ON, update.writtenOn())
                .set(ACTION_UPDATE.AUTHOR_ID, update.authorId())
                .set(ACTION_UPDATE.WRITTEN_BY, update.writtenBy())
                .set(ACTION_UPDATE.TEXT, update.text())
                .set(ACTION_UPDATE.CHANGED_AT, LocalDateTime.now(clock))
                .returning(ACTION_UPDATE.ID).fetchOne(ACTION_UPDATE.ID);
    }

    private List<ActionSummary> summaries(Condition condition, SortField<?> order) {
        return dsl.select(ACTION.asterisk(), LEADER.NAME, ORGANISATION.SHORT_NAME)
                .from(ACTION)
                .join(LEADER).on(LEADER.ID.eq(ACTION.OWNER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION.ORGANISATION_ID))
                .where(condition.and(notWithdrawn()))
                .orderBy(order, ACTION.REFERENCE.asc())
                .fetch(r -> new ActionSummary(toModel(r), r.get(LEADER.NAME), r.get(ORGANISATION.SHORT_NAME)));
    }

    static Action toModel(Record record) {
        ActionRecord row = record.into(ACTION);
        return new Action(row.getId(), row.getReference(), row.getDescription(), row.getOwnerId(),
                row.getOrganisationId(), row.getMeetingId(), row.getAgendaItemId(), row.getRaisedOn(),
                row.getDueOn(), row.getStatus(), row.getClosedOn(), row.getVersion());
    }
}
