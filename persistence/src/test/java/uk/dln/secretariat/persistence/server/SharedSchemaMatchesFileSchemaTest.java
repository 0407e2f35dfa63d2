package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.persistence.jooq.DefaultSchema;

/**
 * The file's migrations are the source of truth, and the repositories are compiled once against the code generated
 * from them; the server's migrations must build the same tables and columns, or a repository would fail on one
 * database only (decision 0038).
 */
@ExtendWith(PostgresExtension.class)
class SharedSchemaMatchesFileSchemaTest {

    /**
     * The file's own way of knowing who acts (a shared row and a view over it); a server session keeps its actor in
     * a temporary table instead, and knows the database user anyway.
     */
    private static final Set<String> FILE_ONLY = Set.of("audit_actor", "audit_context");

    /** Who coordinates which organisation: the server's roles, which a file has no need of. */
    private static final Set<String> SERVER_ONLY = Set.of("flyway_schema_history", "server_member");

    @Test
    void theServerSchemaHasEveryTableAndColumnOfTheGeneratedCodeWithTheSameTypes(TestDatabase database)
            throws SQLException {
        ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC()).close();

        Map<String, List<String>> generated = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!FILE_ONLY.contains(table.getName())) {
                generated.put(table.getName(), columns(table, true));
            }
        }
        Map<String, List<String>> server = new TreeMap<>();
        try (var connection = database.connect()) {
            for (Table<?> table : DSL.using(connection, SQLDialect.POSTGRES).meta().getSchemas("public").get(0)
                    .getTables()) {
                if (!SERVER_ONLY.contains(table.getName())) {
                    server.put(table.getName(), columns(table, false));
                }
            }
        }
        assertEquals(generated, server);
    }

    /**
     * Name, the Java type the database hands over (before any converter), and whether it may be null. A key is
     * never null on either; SQLite merely reports its rowid key as nullable, because one is chosen when it is.
     */
    private static List<String> columns(Table<?> table, boolean generated) {
        List<String> key = table.getPrimaryKey() == null ? List.of()
                : table.getPrimaryKey().getFields().stream().map(Field::getName).toList();
        return Arrays.stream(table.fields())
                .map(field -> field.getName() + " " + databaseType(field, generated).getSimpleName()
                        + (key.contains(field.getName()) ? " key"
                                : field.getDataType().nullable() ? " null" : " not null"))
                .toList();
    }

    private static Class<?> databaseType(Field<?> field, boolean generated) {
        return generated ? field.getConverter().fromType() : field.getType();
    }
}
