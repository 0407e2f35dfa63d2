package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
import static uk.dln.secretariat.persistence.jooq.Tables.AGENDA_ITEM;
import static uk.dln.secretariat.persistence.jooq.Tables.MEETING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingKind;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.audit.RecordVersions;
import uk.dln.secretariat.persistence.jooq.tables.records.MeetingRecord;

/** Meetings, their lifecycle and their minutes. */
public final class MeetingRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public MeetingRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every meeting, latest first. */
    public List<Meeting> findAll() {
        return dsl.selectFrom(MEETING).orderBy(MEETING.MEETING_ON.desc()).fetch(MeetingRepository::toModel);
    }

    public Optional<Meeting> find(long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingRepository::toModel);
    }

    /** The day the meeting's minutes were approved; empty while they are not. */
    public Optional<LocalDate> minutesApprovedOn(long id) {
        return dsl.select(MEETING.MINUTES_APPROVED_ON).from(MEETING).where(MEETING.ID.eq(id)).fetchOptional()
                .map(r -> r.value1());
    }

    /**
     * Stores a meeting's details. A new meeting takes the next number in its year. Its status is changed only by
     * {@link #moveTo}; a meeting whose minutes are approved, or a date another meeting already has, is refused. A
     * stored meeting claims the version it was read at (decision 0038): refused ({@code record.error.changedByOther})
     * when someone else saved it since; saving it unchanged claims nothing.
     *
     * @return the meeting as stored, at its new version
     */
    public Meeting save(Meeting meeting) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            refuseDateClash(tx, meeting);
            if (!meeting.isStored()) {
                int number = nextNumber(tx, meeting.date().getYear());
                MeetingRecord record = tx.newRecord(MEETING);
                fill(record, meeting);
                record.setNumber((long) number);
                record.setStatus(MeetingStatus.PLANNED);
                record.insert();
                return meeting.withId(record.getId(), number).withStatus(MeetingStatus.PLANNED).atVersion(0);
            }
            MeetingStatus status = MeetingLocks.refuseIfApproved(tx, meeting.id(), "date");
            Meeting stored = find(tx, meeting.id());
            int number = stored.date().getYear() == meeting.date().getYear() ? stored.number()
                    : nextNumber(tx, meeting.date().getYear());
            Meeting wanted = meeting.withId(meeting.id(), number).withStatus(status);
            if (stored.atVersion(meeting.version()).equals(wanted)) {
                // As stored already: nothing to overwrite, so nothing to claim or record.
                return stored;
            }
            RecordVersions.claim(tx, MEETING, meeting.id(), meeting.version());
            MeetingRecord record = tx.newRecord(MEETING);
            fill(record, meeting);
            record.setNumber((long) number);
            record.setStatus(status);
            record.changed(MEETING.ID, false);
            tx.update(MEETING).set(record).where(MEETING.ID.eq(meeting.id())).execute();
            // Read back: a server's trigger may have raised it again for the update itself.
            return wanted.atVersion(RecordVersions.current(tx, MEETING, meeting.id()));
        });
    }

    /**
     * Moves a meeting one step through its cycle, claiming the version the meeting was shown at (decision 0038):
     * refused when someone else changed it since. Approving the minutes stamps the day and locks them.
     */
    public Meeting moveTo(long meetingId, MeetingStatus next, long readVersion) {
        return dsl.transactionResult(transaction -> move(transaction.dsl(), meetingId, next, readVersion));
    }

    /**
     * Moves a meeting that this same run of work has just made one step on, e.g. the demonstration's meetings: no
     * editor showed it to anyone, so there is no version to claim. Editors use {@link #moveTo(long, MeetingStatus,
     * long)}.
     */
    public Meeting moveTo(long meetingId, MeetingStatus next) {
        return dsl.transactionResult(transaction -> move(transaction.dsl(), meetingId, next, null));
    }

    private Meeting move(DSLContext tx, long meetingId, MeetingStatus next, Long readVersion) {
        MeetingStatus current = MeetingLocks.refuseIfApproved(tx, meetingId, "status");
        if (readVersion != null) {
            RecordVersions.claim(tx, MEETING, meetingId, readVersion);
        }
        if (!current.canMoveTo(next)) {
            throw new ValidationException(List.of(Problem.of("status", "meetings.error.transition")));
        }
        tx.update(MEETING)
                .set(MEETING.STATUS, next)
                .set(MEETING.MINUTES_APPROVED_ON, next == MeetingStatus.MINUTES_APPROVED ? today() : null)
                .set(MEETING.CHANGED_AT, LocalDateTime.now(clock))
                .where(MEETING.ID.eq(meetingId)).execute();
        return find(tx, meetingId);
    }

    /**
     * Plans the next monthly meeting from the latest one: the same weekday of the same week of the next month, the
     * same time, place, chair and marking, and a copy of its standing items. Open actions reach it as matters
     * arising because they are listed by due date, not copied.
     */
    public Meeting createNext() {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            Meeting last = tx.selectFrom(MEETING).orderBy(MEETING.MEETING_ON.desc()).limit(1)
                    .fetchOptional(MeetingRepository::toModel)
                    .orElseThrow(() -> new ValidationException(List.of(Problem.of("date",
                            "meetings.error.noPreviousMeeting"))));
            LocalDate date = sameWeekdayNextMonth(last.date());
            var next = new Meeting(0, 0, date, last.startTime(), last.slotMinutes(), last.place(), last.videoLink(),
                    last.chairId(), MeetingKind.MONTHLY, MeetingStatus.PLANNED, last.marking());
            refuseDateClash(tx, next);
            int number = nextNumber(tx, date.getYear());
            MeetingRecord record = tx.newRecord(MEETING);
            fill(record, next);
            record.setNumber((long) number);
            record.insert();
            Meeting created = next.withId(record.getId(), number);
            List<AgendaItem> standing = tx.selectFrom(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MEETING_ID.eq(last.id())).and(AGENDA_ITEM.STANDING.isNotNull())
                    .orderBy(AGENDA_ITEM.POSITION).fetch(AgendaRepository::toModel);
            int position = 0;
            for (AgendaItem item : standing) {
                AgendaRepository.insert(tx, new AgendaItem(0, created.id(), ++position, item.title(), item.purpose(),
                        item.standing(), item.presenterId(), item.minutes(), item.paper(),
                        item.cover().blankCopy()), clock);
            }
            return created;
        });
    }

    /** The same weekday in the same week of the month, a month on; a fifth week, which not every month has, becomes
     * the last. */
    static LocalDate sameWeekdayNextMonth(LocalDate date) {
        int week = (date.getDayOfMonth() - 1) / 7 + 1;
        LocalDate firstOfNext = date.plusMonths(1).withDayOfMonth(1);
        return week == 5 ? firstOfNext.with(TemporalAdjusters.lastInMonth(date.getDayOfWeek()))
                : firstOfNext.with(TemporalAdjusters.dayOfWeekInMonth(week, date.getDayOfWeek()));
    }

    /**
     * Deletes a meeting still being planned that raised no actions; anything later is part of the record. Claims the
     * version it was shown at first, so a meeting someone else changed since is not deleted unseen.
     */
    public void delete(long meetingId, long readVersion) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingStatus status = MeetingLocks.refuseIfApproved(tx, meetingId, "date");
            RecordVersions.claim(tx, MEETING, meetingId, readVersion);
            if (status != MeetingStatus.PLANNED || tx.fetchExists(ACTION, ACTION.MEETING_ID.eq(meetingId))) {
                throw new ValidationException(List.of(Problem.of("date", "meetings.error.deleteNotPlanned")));
            }
            tx.deleteFrom(MEETING).where(MEETING.ID.eq(meetingId)).execute();
        });
    }

    /** The meeting's minutes with the versions of the meeting and of its items, to claim when they are saved. */
    public MeetingMinutes minutes(long meetingId) {
        return minutes(dsl, meetingId);
    }

    private static MeetingMinutes minutes(DSLContext dsl, long meetingId) {
        var items = dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.DISCUSSION, AGENDA_ITEM.DECISIONS, AGENDA_ITEM.VERSION)
                .from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION)
                .fetch(r -> new ItemMinutes(r.value1(), r.value2(), r.value3(), r.value4()));
        return dsl.select(MEETING.MINUTES_ATTENDANCE, MEETING.MINUTES_DECLARATIONS, MEETING.VERSION).from(MEETING)
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new MeetingMinutes(meetingId, r.value1(), r.value2(), items, r.value3()))
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("attendance", "record.error.gone"))));
    }

    /**
     * Stores the minutes in one transaction; refused, with nothing stored, once they are approved. Only the parts
     * that changed are written, each claiming the version it was read at (the meeting for its own text, each item
     * for its discussion and decisions): refused when someone else saved that part since. Items left out of {@code
     * minutes} stay as stored, so an editor sends the items the person changed.
     *
     * @return the minutes as stored, at their new versions
     */
    public MeetingMinutes saveMinutes(MeetingMinutes minutes) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, minutes.meetingId(), "attendance");
            MeetingMinutes stored = minutes(tx, minutes.meetingId());
            LocalDateTime now = LocalDateTime.now(clock);
            if (!stored.attendance().equals(minutes.attendance())
                    || !stored.declarations().equals(minutes.declarations())) {
                RecordVersions.claim(tx, MEETING, minutes.meetingId(), minutes.version());
                tx.update(MEETING)
                        .set(MEETING.MINUTES_ATTENDANCE, minutes.attendance())
                        .set(MEETING.MINUTES_DECLARATIONS, minutes.declarations())
                        .set(MEETING.CHANGED_AT, now)
                        .where(MEETING.ID.eq(minutes.meetingId())).execute();
            }
            var storedItems = new java.util.HashMap<Long, ItemMinutes>();
            stored.items().forEach(item -> storedItems.put(item.itemId(), item));
            for (ItemMinutes item : minutes.items()) {
                ItemMinutes before = storedItems.get(item.itemId());
                if (before != null && before.discussion().equals(item.discussion())
                        && before.decisions().equals(item.decisions())) {
                    continue;
                }
                if (before == null) {
                    // Deleted since the minutes were read, or of another meeting: claiming says which.
                    RecordVersions.claim(tx, AGENDA_ITEM, item.itemId(), item.version());
                    throw new ValidationException(List.of(Problem.of("discussion", "record.error.gone")));
                }
                RecordVersions.claim(tx, AGENDA_ITEM, item.itemId(), item.version());
                tx.update(AGENDA_ITEM)
                        .set(AGENDA_ITEM.DISCUSSION, item.discussion())
                        .set(AGENDA_ITEM.DECISIONS, item.decisions())
                        .set(AGENDA_ITEM.CHANGED_AT, now)
                        .where(AGENDA_ITEM.ID.eq(item.itemId())).and(AGENDA_ITEM.MEETING_ID.eq(minutes.meetingId()))
                        .execute();
            }
            return minutes(tx, minutes.meetingId());
        });
    }

    private void fill(MeetingRecord record, Meeting meeting) {
        record.setMeetingOn(meeting.date());
        record.setStartTime(meeting.startTime());
        record.setSlotMinutes((long) meeting.slotMinutes());
        record.setPlace(meeting.place());
        record.setVideoLink(meeting.videoLink());
        record.setChairId(meeting.chairId());
        record.setKind(meeting.kind());
        record.setStatus(meeting.status());
        record.setMarking(meeting.marking().label());
        record.setChangedAt(LocalDateTime.now(clock));
    }

    private static void refuseDateClash(DSLContext tx, Meeting meeting) {
        tx.select(MEETING.NUMBER).from(MEETING)
                .where(MEETING.MEETING_ON.eq(meeting.date())).and(MEETING.ID.ne(meeting.id()))
                .fetchOptional(MEETING.NUMBER).ifPresent(other -> {
                    throw new ValidationException(List.of(Problem.of("date", "meetings.error.dateClash",
                            meeting.date(), other)));
                });
    }

    private static int nextNumber(DSLContext tx, int year) {
        Long highest = tx.select(DSL.max(MEETING.NUMBER)).from(MEETING)
                .where(MEETING.MEETING_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetchOne(0, Long.class);
        int next = highest == null ? 1 : highest.intValue() + 1;
        if (next > 99) {
            throw new ValidationException(List.of(Problem.of("date", "meetings.error.number")));
        }
        return next;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Meeting find(DSLContext tx, long id) {
        return tx.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne(MeetingRepository::toModel);
    }

    static Meeting toModel(Record record) {
        MeetingRecord row = record.into(MEETING);
        return new Meeting(row.getId(), row.getNumber().intValue(), row.getMeetingOn(),
                row.getStartTime(),
                row.getSlotMinutes().intValue(), row.getPlace(), row.getVideoLink(), row.getChairId(),
                row.getKind(), row.getStatus(),
                ProtectiveMarking.parse(row.getMarking()), row.getVersion());
    }
}
