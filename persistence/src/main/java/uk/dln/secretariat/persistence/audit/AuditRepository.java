package uk.dln.secretariat.persistence.audit;

import static uk.dln.secretariat.persistence.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.audit.FieldChange;
import uk.dln.secretariat.persistence.jooq.tables.records.AuditLogRecord;

/**
 * The audit trail, read only: the triggers of each table write it (decision 0007) and a trigger refuses any change
 * to it, so this repository has nothing to write.
 */
public final class AuditRepository {

    private static final Field<String> FIELD = DSL.field(DSL.name("field"), String.class);
    private static final Field<String> BEFORE = DSL.field(DSL.name("before"), String.class);
    private static final Field<String> AFTER = DSL.field(DSL.name("after"), String.class);

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The entries that match, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        var rows = dsl.selectFrom(AUDIT_LOG).where(conditions(query))
                .orderBy(AUDIT_LOG.ID.desc()).limit(query.limit()).fetch();
        Map<Long, List<FieldChange>> changes = changesOf(rows.getValues(AUDIT_LOG.ID));
        return rows.map(row -> toModel(row, changes.getOrDefault(row.getId(), List.of())));
    }

    /** Every change to one record, newest first. */
    public List<AuditEntry> history(String table, String recordId) {
        return find(AuditQuery.record(table, recordId));
    }

    /** The tables that have entries, for a filter. */
    public List<String> tables() {
        return dsl.selectDistinct(AUDIT_LOG.RECORD_TABLE).from(AUDIT_LOG).orderBy(AUDIT_LOG.RECORD_TABLE)
                .fetch(AUDIT_LOG.RECORD_TABLE);
    }

    private static Condition conditions(AuditQuery query) {
        Condition condition = DSL.noCondition();
        if (query.table() != null) {
            condition = condition.and(AUDIT_LOG.RECORD_TABLE.eq(query.table()));
        }
        if (query.recordId() != null) {
            condition = condition.and(AUDIT_LOG.RECORD_ID.eq(query.recordId()));
        }
        if (query.user() != null) {
            condition = condition.and(AUDIT_LOG.CHANGED_BY.containsIgnoreCase(query.user()));
        }
        // Times are ISO text, so comparing them as text orders them in time.
        if (query.from() != null) {
            condition = condition.and(AUDIT_LOG.CHANGED_AT.ge(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            condition = condition.and(AUDIT_LOG.CHANGED_AT.lt(query.to().plusDays(1).atStartOfDay()));
        }
        if (query.text() != null) {
            condition = condition.and(AUDIT_LOG.CHANGES.containsIgnoreCase(query.text())
                    .or(AUDIT_LOG.RECORD_ID.eq(query.text())));
        }
        return condition;
    }

    /**
     * The database takes the JSON apart: field, before, after, in the order the trigger wrote them. SQLite's
     * {@code json_each} numbers an object's members in order; PostgreSQL's keeps the order of a {@code json} (not
     * {@code jsonb}) value and numbers it {@code WITH ORDINALITY}.
     */
    private Map<Long, List<FieldChange>> changesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String placeholders = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        String members = dsl.dialect().family() == SQLDialect.POSTGRES
                ? "SELECT a.id, j.key, j.value ->> 0, j.value ->> 1 "
                        + "FROM audit_log a, json_each(a.changes::json) WITH ORDINALITY AS j (key, value, position) "
                        + "WHERE a.id IN (" + placeholders + ") ORDER BY a.id, j.position"
                : "SELECT a.id, j.key, CAST(j.value ->> 0 AS TEXT), CAST(j.value ->> 1 AS TEXT) "
                        + "FROM audit_log a, json_each(a.changes) j WHERE a.id IN (" + placeholders + ") "
                        + "ORDER BY a.id, j.id";
        var changes = new HashMap<Long, List<FieldChange>>();
        // Typed fields: left to guess, the driver would take each column's type from its first row (often null).
        dsl.resultQuery(members, ids.toArray())
                .coerce(AUDIT_LOG.ID, FIELD, BEFORE, AFTER)
                .forEach(row -> changes.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new FieldChange(row.value2(), row.value3(), row.value4())));
        return Collections.unmodifiableMap(changes);
    }

    private static AuditEntry toModel(AuditLogRecord row, List<FieldChange> changes) {
        return new AuditEntry(row.getId(), row.getChangedAt(), row.getChangedBy(), row.getRecordTable(),
                row.getRecordId(), row.getAction(), changes);
    }
}
