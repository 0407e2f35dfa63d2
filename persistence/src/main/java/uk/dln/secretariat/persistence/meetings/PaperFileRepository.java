package uk.dln.secretariat.persistence.meetings;

import static uk.dln.secretariat.persistence.jooq.Tables.AGENDA_ITEM;
import static uk.dln.secretariat.persistence.jooq.Tables.PAPER_FILE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.meetings.PaperFile;

/** Paper files kept inside the workspace. Lists never read the bytes; {@link #content} reads one file's. */
public final class PaperFileRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public PaperFileRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<PaperFile> forItem(long itemId) {
        return dsl.select(PAPER_FILE.ID, PAPER_FILE.AGENDA_ITEM_ID, PAPER_FILE.FILE_NAME, PAPER_FILE.SIZE_BYTES,
                        PAPER_FILE.ATTACHED_AT)
                .from(PAPER_FILE).where(PAPER_FILE.AGENDA_ITEM_ID.eq(itemId)).orderBy(PAPER_FILE.ID)
                .fetch(r -> new PaperFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** How many files each item of a meeting has, for the agenda list; items with none are absent. */
    /** The files of every item of the meeting in one query, by item, each item's in the order attached. */
    public Map<Long, List<PaperFile>> forMeeting(long meetingId) {
        return dsl.select(PAPER_FILE.ID, PAPER_FILE.AGENDA_ITEM_ID, PAPER_FILE.FILE_NAME, PAPER_FILE.SIZE_BYTES,
                        PAPER_FILE.ATTACHED_AT)
                .from(PAPER_FILE).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(PAPER_FILE.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(PAPER_FILE.ID)
                .fetch(r -> new PaperFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())).stream()
                .collect(Collectors.groupingBy(PaperFile::itemId, LinkedHashMap::new, Collectors.toList()));
    }

    public Map<Long, Integer> countsForMeeting(long meetingId) {
        return dsl.select(PAPER_FILE.AGENDA_ITEM_ID, DSL.count()).from(PAPER_FILE)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(PAPER_FILE.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .groupBy(PAPER_FILE.AGENDA_ITEM_ID)
                .fetchMap(PAPER_FILE.AGENDA_ITEM_ID, DSL.count());
    }

    /** Stores a copy of a file on disk, checking its size before reading it so a huge file is never loaded. */
    public PaperFile attach(long itemId, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        long size = Files.size(file);
        if (size > PaperFile.MAX_BYTES) {
            throw tooLarge(fileName, size);
        }
        return attach(itemId, fileName, Files.readAllBytes(file));
    }

    /**
     * Stores a copy of the file's bytes. Files over {@link PaperFile#MAX_BYTES} are refused, naming the file and
     * both sizes; so is any change once the meeting's minutes are approved.
     */
    public PaperFile attach(long itemId, String fileName, byte[] content) {
        if (content.length > PaperFile.MAX_BYTES) {
            throw tooLarge(fileName, content.length);
        }
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            MeetingLocks.refuseIfApproved(tx, meetingOf(tx, itemId), "file");
            LocalDateTime now = LocalDateTime.now(clock);
            long id = tx.insertInto(PAPER_FILE)
                    .set(PAPER_FILE.AGENDA_ITEM_ID, itemId)
                    .set(PAPER_FILE.FILE_NAME, fileName)
                    .set(PAPER_FILE.SIZE_BYTES, (long) content.length)
                    .set(PAPER_FILE.CONTENT, content)
                    .set(PAPER_FILE.ATTACHED_AT, now)
                    .returning(PAPER_FILE.ID).fetchOne(PAPER_FILE.ID);
            return new PaperFile(id, itemId, fileName, content.length, now);
        });
    }

    public byte[] content(long fileId) {
        return dsl.select(PAPER_FILE.CONTENT).from(PAPER_FILE).where(PAPER_FILE.ID.eq(fileId))
                .fetchOptional(PAPER_FILE.CONTENT)
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("file", "record.error.gone"))));
    }

    public void remove(long fileId) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            Long itemId = tx.select(PAPER_FILE.AGENDA_ITEM_ID).from(PAPER_FILE).where(PAPER_FILE.ID.eq(fileId))
                    .fetchOne(PAPER_FILE.AGENDA_ITEM_ID);
            if (itemId == null) {
                return;
            }
            MeetingLocks.refuseIfApproved(tx, meetingOf(tx, itemId), "file");
            tx.deleteFrom(PAPER_FILE).where(PAPER_FILE.ID.eq(fileId)).execute();
        });
    }

    private static long meetingOf(DSLContext tx, long itemId) {
        Long meetingId = tx.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOne(AGENDA_ITEM.MEETING_ID);
        if (meetingId == null) {
            throw new ValidationException(List.of(Problem.of("file", "record.error.gone")));
        }
        return meetingId;
    }

    private static ValidationException tooLarge(String fileName, long size) {
        return new ValidationException(List.of(Problem.of("file", "meetings.error.fileTooLarge", fileName,
                megabytes(size), megabytes(PaperFile.MAX_BYTES))));
    }

    /** Megabytes to one decimal place, as text so the message shows it as written. */
    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
