package uk.dln.secretariat.persistence.actions;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionReference;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.persistence.jooq.tables.records.ActionRecord;
import uk.dln.secretariat.persistence.meetings.MeetingLocks;
import uk.dln.secretariat.persistence.settings.SettingsRepository;

/** Actions raised at meetings and their dated updates: what meetings need; the action log builds on it. */
public final class ActionRepository {

    private static final List<String> FINISHED = List.of(ActionStatus.CLOSED.name(), ActionStatus.DROPPED.name());

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
            record.setStatus(action.status().name());
            record.setClosedOn(action.closedOn());
            record.setChangedAt(LocalDateTime.now(clock));
            record.insert();
            return action.withIdAndReference(record.getId(), reference);
        });
    }

    /** The actions raised at a meeting, in the order they were raised. */
    public List<ActionSummary> forMeeting(long meetingId) {
        return summaries(ACTION.MEETING_ID.eq(meetingId), ACTION.SEQUENCE.asc());
    }

    /** Live actions due on or before {@code day}: a meeting's matters arising. */
    public List<ActionSummary> openDueBy(LocalDate day) {
        return summaries(ACTION.STATUS.notIn(FINISHED).and(ACTION.DUE_ON.le(day)), ACTION.DUE_ON.asc());
    }

    /**
     * The action log as at a day: every live action, and those finished on or after {@code finishedSince} (so the
     * network sees what was closed since it last met).
     */
    public List<ActionSummary> log(LocalDate finishedSince) {
        return summaries(ACTION.STATUS.notIn(FINISHED).or(ACTION.CLOSED_ON.ge(finishedSince)), ACTION.DUE_ON.asc());
    }

    /** The latest update of each of the actions that have one, by action id, in one query. */
    public Map<Long, ActionUpdate> latestUpdates(Collection<Long> actionIds) {
        var latest = new HashMap<Long, ActionUpdate>();
        dsl.selectFrom(ACTION_UPDATE).where(ACTION_UPDATE.ACTION_ID.in(actionIds))
                .orderBy(ACTION_UPDATE.WRITTEN_ON.asc(), ACTION_UPDATE.ID.asc())
                .fetch(r -> new ActionUpdate(r.getId(), r.getActionId(), r.getWrittenOn(), r.getAuthorId(),
                        r.getText()))
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
                    .set(ACTION.STATUS, status.name())
                    .set(ACTION.CLOSED_ON, status.finished() ? on : null)
                    .set(ACTION.CHANGED_AT, LocalDateTime.now(clock))
                    .where(ACTION.ID.eq(actionId)).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(Problem.of("status", "record.error.gone")));
            }
        });
    }

    /**
     * Every action across all meetings with its owner, organisation, meeting, item and latest update, in one query:
     * what the action log shows, latest due first.
     */
    public List<ActionLogEntry> log() {
        var latest = ACTION_UPDATE.as("latest");
        var newer = ACTION_UPDATE.as("newer");
        return dsl.select(ACTION.asterisk(), LEADER.NAME, LEADER.EMAIL, ORGANISATION.SHORT_NAME, MEETING.NUMBER,
                        MEETING.MEETING_ON, AGENDA_ITEM.TITLE, latest.ID, latest.WRITTEN_ON, latest.AUTHOR_ID,
                        latest.TEXT)
                .from(ACTION)
                .join(LEADER).on(LEADER.ID.eq(ACTION.OWNER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION.ORGANISATION_ID))
                .join(MEETING).on(MEETING.ID.eq(ACTION.MEETING_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ACTION.AGENDA_ITEM_ID))
                .leftJoin(latest).on(latest.ID.eq(DSL.select(newer.ID).from(newer)
                        .where(newer.ACTION_ID.eq(ACTION.ID))
                        .orderBy(newer.WRITTEN_ON.desc(), newer.ID.desc()).limit(1)))
                .orderBy(ACTION.DUE_ON.desc(), ACTION.REFERENCE.asc())
                .fetch(r -> new ActionLogEntry(toModel(r), r.get(LEADER.NAME), r.get(LEADER.EMAIL),
                        r.get(ORGANISATION.SHORT_NAME), r.get(MEETING.NUMBER).intValue(), r.get(MEETING.MEETING_ON),
                        r.get(AGENDA_ITEM.TITLE), r.get(latest.ID) == null ? null : new ActionUpdate(r.get(latest.ID),
                        r.get(ACTION.ID), r.get(latest.WRITTEN_ON), r.get(latest.AUTHOR_ID), r.get(latest.TEXT))));
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

    /** As {@link #changeStatus(long, ActionStatus, String)} for several actions in one transaction. */
    public void changeStatuses(Collection<Long> actionIds, ActionStatus status, String updateText) {
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
            tx.update(ACTION)
                    .set(ACTION.STATUS, status.name())
                    .set(ACTION.CLOSED_ON, status.finished() ? today : null)
                    .set(ACTION.CHANGED_AT, LocalDateTime.now(clock))
                    .where(ACTION.ID.in(actionIds)).execute();
            if (!text.isEmpty()) {
                owners.forEach((id, owner) -> insertUpdate(tx, new ActionUpdate(0, id, today, owner, text)));
            }
        });
    }

    public List<ActionUpdate> updates(long actionId) {
        return dsl.selectFrom(ACTION_UPDATE).where(ACTION_UPDATE.ACTION_ID.eq(actionId))
                .orderBy(ACTION_UPDATE.WRITTEN_ON.desc(), ACTION_UPDATE.ID.desc())
                .fetch(r -> new ActionUpdate(r.getId(), r.getActionId(), r.getWrittenOn(), r.getAuthorId(),
                        r.getText()));
    }

    public ActionUpdate addUpdate(ActionUpdate update) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (!tx.fetchExists(ACTION, ACTION.ID.eq(update.actionId()))) {
                throw new ValidationException(List.of(Problem.of("text", "record.error.gone")));
            }
            return update.withId(insertUpdate(tx, update));
        });
    }

    private long insertUpdate(DSLContext tx, ActionUpdate update) {
        return tx.insertInto(ACTION_UPDATE)
                .set(ACTION_UPDATE.ACTION_ID, update.actionId())
                .set(ACTION_UPDATE.WRITTEN_ON, update.writtenOn())
                .set(ACTION_UPDATE.AUTHOR_ID, update.authorId())
                .set(ACTION_UPDATE.TEXT, update.text())
                .set(ACTION_UPDATE.CHANGED_AT, LocalDateTime.now(clock))
                .returning(ACTION_UPDATE.ID).fetchOne(ACTION_UPDATE.ID);
    }

    private List<ActionSummary> summaries(Condition condition, SortField<?> order) {
        return dsl.select(ACTION.asterisk(), LEADER.NAME, ORGANISATION.SHORT_NAME)
                .from(ACTION)
                .join(LEADER).on(LEADER.ID.eq(ACTION.OWNER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION.ORGANISATION_ID))
                .where(condition)
                .orderBy(order, ACTION.REFERENCE.asc())
                .fetch(r -> new ActionSummary(toModel(r), r.get(LEADER.NAME), r.get(ORGANISATION.SHORT_NAME)));
    }

    static Action toModel(Record record) {
        ActionRecord row = record.into(ACTION);
        return new Action(row.getId(), row.getReference(), row.getDescription(), row.getOwnerId(),
                row.getOrganisationId(), row.getMeetingId(), row.getAgendaItemId(), row.getRaisedOn(),
                row.getDueOn(), ActionStatus.valueOf(row.getStatus()), row.getClosedOn());
    }
}
