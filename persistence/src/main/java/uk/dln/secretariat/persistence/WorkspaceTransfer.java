package uk.dln.secretariat.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.jooq.DefaultSchema;

/**
 * Copies every record of one workspace into another, whichever database each lives in (an SQLite file, a
 * PostgreSQL server), then checks the copy record by record before it is committed: a share to a server, a
 * snapshot back to a file (decision 0038). Values travel as the database stores them (ISO text, numbers, bytes),
 * never through the app's converters, so a round trip gives back the very same file contents. The audit trail is
 * copied as it is; no entry is added for the copy, as the records did not change.
 */
public final class WorkspaceTransfer {

    /** The file's own way of knowing who acts; never holds a committed record. */
    private static final Set<String> NOT_COPIED = Set.of("audit_actor", "audit_context");

    /**
     * What every new workspace is given (reference data, its identity, the audit of its seeding): a workspace
     * holding only these holds nothing of anyone's, and may be copied over.
     */
    private static final Set<String> SHIPPED = Set.of("spending_review_period", "toolkit_approach",
            "workspace_identity", "audit_log");

    /** Rows per insert statement, below both databases' limits on bound values. */
    private static final int VALUES_PER_STATEMENT = 8_000;

    private WorkspaceTransfer() {
    }

    /** How much was copied: the number of tables and records, all checked. */
    public record Summary(int tables, long records) {
    }

    /**
     * Replaces the target's records with the source's, in one transaction on the target, checked before it commits.
     *
     * @param targetName how the target is named in messages (its file or address)
     * @throws SecretariatException when the target already holds records of its own, or the copy differs; nothing
     *                              is then changed
     */
    public static Summary copy(WorkspaceData source, WorkspaceData target, Object targetName) {
        List<Table<?>> tables = tables();
        if (holdsRecords(target.dsl(), tables)) {
            throw new SecretariatException("workspace.error.copyNotEmpty", targetName);
        }
        return target.dsl().transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            var triggers = TargetTriggers.suspend(tx, tables);
            long records = 0;
            for (Table<?> table : tables) {
                tx.deleteFrom(DSL.table(DSL.name(table.getName()))).execute();
            }
            for (Table<?> table : tables) {
                records += insertAll(tx, table, rows(source.dsl(), table));
            }
            triggers.resume();
            for (Table<?> table : tables) {
                requireSame(table, rows(source.dsl(), table), rows(tx, table), targetName);
            }
            return new Summary(tables.size(), records);
        });
    }

    /** Every table of the generated schema that holds records (in any order: foreign keys wait for the commit). */
    static List<Table<?>> tables() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> !NOT_COPIED.contains(table.getName()))
                .sorted(Comparator.comparing(Table::getName))
                    .toList();
    }

    private static boolean holdsRecords(DSLContext dsl, List<Table<?>> tables) {
        return tables.stream().filter(table -> !SHIPPED.contains(table.getName()))
                .anyMatch(table -> dsl.fetchExists(DSL.table(DSL.name(table.getName()))));
    }

    /** The table's rows as stored, sorted by key in Java (the two databases may collate text differently). */
    static List<Object[]> rows(DSLContext dsl, Table<?> table) {
        List<Field<?>> fields = storedFields(table);
        int[] key = keyPositions(table);
        List<Object[]> rows = new ArrayList<>();
        for (Record record : dsl.select(fields).from(DSL.table(DSL.name(table.getName()))).fetch()) {
            rows.add(record.intoArray());
        }
        rows.sort((a, b) -> compareKeys(a, b, key));
        return rows;
    }

    private static long insertAll(DSLContext tx, Table<?> table, List<Object[]> rows) {
        List<Field<?>> fields = storedFields(table);
        int perStatement = Math.max(1, VALUES_PER_STATEMENT / fields.size());
        if (fields.stream().anyMatch(field -> field.getType() == byte[].class)) {
            perStatement = 1;
        }
        for (int start = 0; start < rows.size(); start += perStatement) {
            var insert = tx.insertInto(DSL.table(DSL.name(table.getName())), fields);
            var values = insert.values(rows.get(start));
            for (int i = start + 1; i < Math.min(rows.size(), start + perStatement); i++) {
                values = values.values(rows.get(i));
            }
            values.execute();
        }
        return rows.size();
    }

    private static void requireSame(Table<?> table, List<Object[]> expected, List<Object[]> actual,
                                    Object targetName) {
        int[] key = keyPositions(table);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Object[] want = i < expected.size() ? expected.get(i) : null;
            Object[] got = i < actual.size() ? actual.get(i) : null;
            if (want == null || got == null || !Arrays.deepEquals(want, got)) {
                Object[] row = want != null ? want : got;
                throw new SecretariatException("workspace.error.copyDiffers", targetName, table.getName(),
                        describeKey(row, key));
            }
        }
    }

    /** The columns without converters: the values as the database holds them. */
    private static List<Field<?>> storedFields(Table<?> table) {
        return Arrays.stream(table.fields())
                .<Field<?>>map(field -> DSL.field(DSL.name(field.getName()), field.getConverter().fromType()))
                .toList();
    }

    private static int[] keyPositions(Table<?> table) {
        List<String> names = Arrays.stream(table.fields()).map(Field::getName).toList();
        return table.getPrimaryKey().getFields().stream().mapToInt(field -> names.indexOf(field.getName())).toArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object[] a, Object[] b, int[] key) {
        for (int position : key) {
            int order = ((Comparable) a[position]).compareTo(b[position]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static String describeKey(Object[] row, int[] key) {
        var parts = new ArrayList<String>();
        for (int position : key) {
            parts.add(String.valueOf(row[position]));
        }
        return String.join("/", parts);
    }

    /**
     * The target's triggers are off while records are copied in: they would audit the copy as new changes and refuse
     * rows of approved meetings. Foreign keys are checked when the transaction commits, so rows may come in any
     * order. Both come back before the copy is checked.
     */
    private interface TargetTriggers {

        void resume();

        static TargetTriggers suspend(DSLContext tx, List<Table<?>> tables) {
            return tx.dialect().family() == SQLDialect.POSTGRES ? server(tx, tables) : file(tx);
        }

        private static TargetTriggers server(DSLContext tx, List<Table<?>> tables) {
            tx.execute("SET CONSTRAINTS ALL DEFERRED");
            for (Table<?> table : tables) {
                tx.execute("ALTER TABLE {0} DISABLE TRIGGER USER", DSL.name(table.getName()));
            }
            return () -> {
                // The deferred key checks run now: a table with checks pending cannot have its triggers back.
                tx.execute("SET CONSTRAINTS ALL IMMEDIATE");
                for (Table<?> table : tables) {
                    Name name = DSL.name(table.getName());
                    tx.execute("ALTER TABLE {0} ENABLE TRIGGER USER", name);
                    // New records continue after the copied ones.
                    if (Arrays.stream(table.fields()).anyMatch(field -> field.getName().equals("id")
                            && field.getConverter().fromType() == Long.class)) {
                        tx.fetch("SELECT setval(pg_get_serial_sequence({0}, 'id'), "
                                + "(SELECT coalesce(max(id), 0) + 1 FROM {1}), false)",
                                DSL.inline(table.getName()), name);
                    }
                }
                // The change notices (server migration V4) were off with the other triggers: one notice, sent when
                // the copy commits, tells open views that anything may have changed (decision 0045).
                tx.fetch("SELECT pg_notify('workspace_changes', ?)", "{\"table\": null, \"ids\": null, \"by\": null}");
            };
        }

        /** SQLite cannot switch triggers off: they are dropped and made again from their own text. */
        private static TargetTriggers file(DSLContext tx) {
            tx.execute("PRAGMA defer_foreign_keys = ON");
            List<String> definitions = tx.fetch("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
                    .map(record -> {
                        tx.execute("DROP TRIGGER {0}", DSL.name(record.get(0, String.class)));
                        return record.get(1, String.class);
                    });
            // Run as written, not as a jOOQ template: a trigger's text may hold anything a template would read.
            return () -> tx.connection(connection -> {
                try (var statement = connection.createStatement()) {
                    for (String definition : definitions) {
                        statement.execute(definition);
                    }
                }
            });
        }
    }
}
