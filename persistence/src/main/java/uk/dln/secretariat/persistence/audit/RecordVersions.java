package uk.dln.secretariat.persistence.audit;

import static uk.dln.secretariat.persistence.jooq.Tables.AUDIT_LOG;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;

/**
 * Optimistic locking for editable records (decision 0038). An editor remembers the version of the record it shows;
 * the save claims that version, in its own transaction, and raises it. When someone else saved the record since, the
 * versions differ and the save is refused with who changed what and when, read from the audit trail, so that nothing
 * is silently overwritten. Works alike on a file and on a server.
 */
public final class RecordVersions {

    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<String> TEXT_ID = DSL.field(DSL.name("id"), String.class);
    private static final Field<Long> VERSION = DSL.field(DSL.name("version"), Long.class);

    /** A top-level field name of an audit entry's changes: {"name":[before,after],"notes":[...]}. */
    private static final Pattern CHANGED_FIELD = Pattern.compile("(?:^\\{|\\],)\\s*\"([a-z_]+)\"\\s*:");

    private RecordVersions() {
    }

    /** The record's version now, to remember when it is shown for editing. */
    public static long current(DSLContext dsl, Table<?> table, long id) {
        Long version = dsl.select(VERSION).from(DSL.table(DSL.name(table.getName()))).where(ID.eq(id)).fetchOne(VERSION);
        if (version == null) {
            throw new ValidationException(List.of(Problem.of("record", "record.error.gone")));
        }
        return version;
    }

    /**
     * Claims the version the editor read and raises it; call it inside the save's transaction, before the save's
     * own changes.
     *
     * @return the record's new version
     * @throws SecretariatException {@code record.error.changedByOther} (who, when, which fields) when the record was
     *                              saved by someone else since it was read
     * @throws ValidationException  {@code record.error.gone} when it was deleted
     */
    public static long claim(DSLContext tx, Table<?> table, long id, long readVersion) {
        return claim(tx, table, ID, id, readVersion);
    }

    /** As {@link #claim(DSLContext, Table, long, long)} for a record whose id is text (a departmental return). */
    public static long claim(DSLContext tx, Table<?> table, String id, long readVersion) {
        return claim(tx, table, TEXT_ID, id, readVersion);
    }

    private static <K> long claim(DSLContext tx, Table<?> table, Field<K> idField, K id, long readVersion) {
        int claimed = tx.update(DSL.table(DSL.name(table.getName())))
                .set(VERSION, readVersion + 1)
                .where(idField.eq(id).and(VERSION.eq(readVersion)))
                .execute();
        if (claimed == 1) {
            return readVersion + 1;
        }
        Long now = tx.select(VERSION).from(DSL.table(DSL.name(table.getName()))).where(idField.eq(id))
                .fetchOne(VERSION);
        if (now == null) {
            throw new ValidationException(List.of(Problem.of("record", "record.error.gone")));
        }
        if (now == readVersion) {
            // There, unchanged, yet not claimed: the server's roles hid it from this user's changes.
            throw new SecretariatException("workspace.error.serverRefused");
        }
        throw changedByOther(tx, table, id);
    }

    /**
     * The refusal of a save over the record someone else changed, or deleted, since it was read: who, when and which
     * fields, from its latest audit entry. For a save that finds the change itself, e.g. a line added or removed.
     */
    public static SecretariatException changedByOther(DSLContext tx, Table<?> table, Object id) {
        var latest = tx.select(AUDIT_LOG.CHANGED_BY, AUDIT_LOG.CHANGED_AT, AUDIT_LOG.CHANGES)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.RECORD_TABLE.eq(table.getName()).and(AUDIT_LOG.RECORD_ID.eq(String.valueOf(id))))
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(1)
                .fetchOne();
        if (latest == null) {
            return new SecretariatException("record.error.changedByOther", "?", "?", "?");
        }
        // The moment itself, to the minute: how it reads is the window's to say, in the person's language.
        Object when = latest.value2() == null ? "?" : latest.value2().truncatedTo(ChronoUnit.MINUTES);
        return new SecretariatException("record.error.changedByOther",
                latest.value1() == null ? "?" : latest.value1(), when, String.join(", ", fields(latest.value3())));
    }

    /** The names of the fields an audit entry records as changed, in its order. */
    static List<String> fields(String changes) {
        var names = new ArrayList<String>();
        var matcher = CHANGED_FIELD.matcher(changes == null ? "" : changes.strip());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
