package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.AGENDA_ITEM;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.AgendaItemRecord;

/**
 * A meeting's agenda items, kept in order: positions run 1, 2, 3 with no gaps after every insert, move and delete.
 * Every write is refused once the meeting's minutes are approved.
 */
public final class AgendaRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public AgendaRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<AgendaItem> items(long meetingId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.POSITION).fetch(AgendaRepository::toModel);
    }

    /** The items of all these meetings in one query, meeting by meeting, each in agenda order. */
    public List<AgendaItem> items(Collection<Long> meetingIds) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.in(meetingIds))
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.POSITION).fetch(AgendaRepository::toModel);
    }

    /**
     * Adds a new item at its position (moving later items down) or stores an existing item's fields; an existing
     * item keeps its place, which only {@link #move} changes. A stored item claims the version it was read at
     * (decision 0038): refused ({@code record.error.changedByOther}) when someone else saved it since; saving it
     * unchanged claims nothing.
     *
     * @return the item as stored, at its new version
     */
    public AgendaItem save(AgendaItem item) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, item.meetingId(), "title");
            if (item.id() == 0) {
                int count = tx.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(item.meetingId()));
                int position = item.position() < 1 || item.position() > count ? count + 1 : item.position();
                tx.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, AGENDA_ITEM.POSITION.plus(1))
                        .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                        .where(AGENDA_ITEM.MEETING_ID.eq(item.meetingId()))
                        .and(AGENDA_ITEM.POSITION.ge((long) position)).execute();
                return insert(tx, item.at(item.meetingId(), position), clock);
            }
            AgendaItem previous = toModel(existing(tx, item.id()));
            AgendaItem wanted = item.at(previous.meetingId(), previous.position());
            if (previous.equals(wanted.atVersion(previous.version()))) {
                // As stored already: nothing to overwrite, so nothing to claim or record.
                return previous;
            }
            RecordVersions.claim(tx, AGENDA_ITEM, item.id(), item.version());
            AgendaItemRecord record = tx.newRecord(AGENDA_ITEM);
            fill(record, item, clock);
            record.changed(AGENDA_ITEM.ID, false);
            record.changed(AGENDA_ITEM.VERSION, false);
            record.changed(AGENDA_ITEM.POSITION, false);
            record.changed(AGENDA_ITEM.MEETING_ID, false);
            record.changed(AGENDA_ITEM.DISCUSSION, false);
            record.changed(AGENDA_ITEM.DECISIONS, false);
            if (tx.update(AGENDA_ITEM).set(record).where(AGENDA_ITEM.ID.eq(item.id())).execute() == 0) {
                throw new ValidationException(List.of(Problem.of("title", "record.error.gone")));
            }
            // Read back: a server's trigger may have raised it again for the update itself.
            return wanted.atVersion(RecordVersions.current(tx, AGENDA_ITEM, item.id()));
        });
    }

    /** Appends items in the order given, e.g. the standing items of a new meeting. */
    public List<AgendaItem> append(long meetingId, List<AgendaItem> items) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, meetingId, "title");
            int position = tx.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId));
            var stored = new ArrayList<AgendaItem>();
            for (AgendaItem item : items) {
                stored.add(insert(tx, item.at(meetingId, ++position), clock));
            }
            return stored;
        });
    }

    /**
     * Moves an item to a new place (1 = first), shifting the items in between; out-of-range places are clamped. The
     * item claims the version it was shown at first (decision 0038); every item whose place changes is at a new
     * version afterwards, on a file as on a server.
     */
    public List<AgendaItem> move(long itemId, int newPosition, long readVersion) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            AgendaItemRecord row = existing(tx, itemId);
            MeetingLocks.refuseIfApproved(tx, row.getMeetingId(), "title");
            RecordVersions.claim(tx, AGENDA_ITEM, itemId, readVersion);
            var order = new ArrayList<>(tx.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MEETING_ID.eq(row.getMeetingId())).orderBy(AGENDA_ITEM.POSITION)
                    .fetch(AGENDA_ITEM.ID));
            order.remove(Long.valueOf(itemId));
            order.add(Math.max(0, Math.min(order.size(), newPosition - 1)), itemId);
            renumber(tx, order);
            return items(tx, row.getMeetingId());
        });
    }

    /** Deletes an item, claiming the version it was shown at first: one someone else changed since stays. */
    public void delete(long itemId, long readVersion) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            AgendaItemRecord row = existing(tx, itemId);
            MeetingLocks.refuseIfApproved(tx, row.getMeetingId(), "title");
            RecordVersions.claim(tx, AGENDA_ITEM, itemId, readVersion);
            tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
            renumber(tx, tx.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MEETING_ID.eq(row.getMeetingId())).orderBy(AGENDA_ITEM.POSITION)
                    .fetch(AGENDA_ITEM.ID));
        });
    }

    /**
     * Gives the items their places in this order. An item whose place changes is at a new version, as a server's
     * trigger would make it anyway: the file counts the same, and only items that move are written.
     */
    private static void renumber(DSLContext tx, List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            long position = (long) i + 1;
            tx.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, position)
                    .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                    .where(AGENDA_ITEM.ID.eq(order.get(i))).and(AGENDA_ITEM.POSITION.ne(position))
                    .execute();
        }
    }

    private static AgendaItemRecord existing(DSLContext tx, long itemId) {
        AgendaItemRecord row = tx.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).fetchOne();
        if (row == null) {
            throw new ValidationException(List.of(Problem.of("title", "record.error.gone")));
        }
        return row;
    }

    private static List<AgendaItem> items(DSLContext tx, long meetingId) {
        return tx.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.POSITION).fetch(AgendaRepository::toModel);
    }

    static AgendaItem insert(DSLContext tx, AgendaItem item, Clock clock) {
        AgendaItemRecord record = tx.newRecord(AGENDA_ITEM);
        fill(record, item, clock);
        record.setMeetingId(item.meetingId());
        record.setPosition((long) item.position());
        record.insert();
        return item.withId(record.getId());
    }

    private static void fill(AgendaItemRecord record, AgendaItem item, Clock clock) {
        record.setTitle(item.title());
        record.setPurpose(item.purpose());
        record.setStanding(item.standing());
        record.setPresenterId(item.presenterId());
        record.setDurationMinutes((long) item.minutes());
        record.setHasPaper(item.paper());
        CoverSheet cover = item.cover();
        record.setAuthor(cover.author());
        record.setSponsor(cover.sponsor());
        record.setSummary(cover.summary());
        record.setRecommendations(cover.recommendations());
        record.setMarking(cover.marking().label());
        PaperContext context = cover.context();
        record.setPaperDate(context.paperDate());
        record.setPreviousConsideration(context.previousConsideration());
        record.setConsultation(context.consultation());
        record.setFinancialImplications(context.financialImplications());
        record.setLegalImplications(context.legalImplications());
        record.setRiskImplications(context.riskImplications());
        record.setPublication(context.publication());
        record.setChangedAt(LocalDateTime.now(clock));
    }

    static AgendaItem toModel(Record record) {
        AgendaItemRecord row = record.into(AGENDA_ITEM);
        return new AgendaItem(row.getId(), row.getMeetingId(), row.getPosition().intValue(), row.getTitle(),
                row.getPurpose(),
                row.getStanding(), row.getPresenterId(),
                row.getDurationMinutes().intValue(), row.getHasPaper(),
                new CoverSheet(row.getAuthor(), row.getSponsor(), row.getSummary(), row.getRecommendations(),
                        ProtectiveMarking.parse(row.getMarking()), new PaperContext(row.getPaperDate(),
                        row.getPreviousConsideration(), row.getConsultation(), row.getFinancialImplications(),
                        row.getLegalImplications(), row.getRiskImplications(),
                        row.getPublication())), row.getVersion());
    }
}
