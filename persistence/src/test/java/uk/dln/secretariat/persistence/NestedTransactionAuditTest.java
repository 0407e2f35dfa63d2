package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;

/** Changes inside nested transactions (savepoints) are attributed like any other, and leave no actor behind. */
class NestedTransactionAuditTest {

    @TempDir
    Path folder;

    @Test
    void everyChangeOfANestedTransactionIsAttributedToTheUser() {
        try (var workspace = Workspace.open(folder.resolve("w.secretariat"))) {
            workspace.dsl().transaction(outer -> {
                outer.dsl().execute("INSERT INTO network_setting (name, value) VALUES ('a', '1')");
                assertThrows(IllegalStateException.class, () -> outer.dsl().transaction(inner -> {
                    inner.dsl().execute("INSERT INTO network_setting (name, value) VALUES ('b', '2')");
                    throw new IllegalStateException("the inner part is rolled back");
                }));
                outer.dsl().transaction(inner ->
                        inner.dsl().execute("INSERT INTO network_setting (name, value) VALUES ('c', '3')"));
                outer.dsl().execute("INSERT INTO network_setting (name, value) VALUES ('d', '4')");
            });

            List<AuditEntry> entries = workspace.audit().find(
                    new AuditQuery("network_setting", null, null, null, null, null, AuditQuery.DEFAULT_LIMIT));
            assertEquals(List.of("d", "c", "a"), entries.stream().map(AuditEntry::recordId).toList());
            entries.forEach(entry -> assertEquals(System.getProperty("user.name"), entry.changedBy(), entry::toString));
            assertEquals(0, workspace.dsl().fetchCount(org.jooq.impl.DSL.table("audit_actor")));
        }
    }
}
