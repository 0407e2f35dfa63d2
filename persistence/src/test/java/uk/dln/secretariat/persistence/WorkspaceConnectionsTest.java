package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** An open workspace keeps its connections between queries, and lets go of them, and of the file, when closed. */
class WorkspaceConnectionsTest {

    @TempDir
    Path folder;

    @Test
    void queriesOneAfterAnotherShareAConnection() {
        try (var workspace = Workspace.open(folder.resolve("one.secretariat"))) {
            // A temporary table lives only on the connection that made it.
            workspace.dsl().execute("CREATE TEMP TABLE probe (x INTEGER)");
            workspace.dsl().execute("INSERT INTO probe VALUES (1)");

            assertEquals(1, workspace.dsl().fetchValue("SELECT count(*) FROM probe", Integer.class));
        }
    }

    @Test
    void aReadWhileAnotherTaskHoldsATransactionGetsAConnectionOfItsOwn() throws Exception {
        try (var workspace = Workspace.open(folder.resolve("two.secretariat"))) {
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            int seen = workspace.dsl().transactionResult(transaction -> {
                transaction.dsl().execute("UPDATE organisation SET name = 'Changing'");
                // Another thread reads meanwhile: it must not wait for this transaction, nor see inside it.
                return CompletableFuture.supplyAsync(() -> workspace.organisations().findAll().size())
                        .get(5, TimeUnit.SECONDS);
            });
            assertEquals(1, seen);
            assertEquals("Changing", workspace.organisations().findAll().get(0).name());
        }
    }

    @Test
    void closingLetsGoOfTheFileAndFoldsTheLogIntoIt() throws Exception {
        Path file = folder.resolve("three.secretariat");
        Path log = folder.resolve("three.secretariat-wal");
        try (var workspace = Workspace.open(file)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT));
            assertTrue(Files.exists(log), "an open workspace writes ahead to its log");
        }

        assertFalse(Files.exists(log), "the last connection to close checkpoints and removes the log");
        try (var again = Workspace.open(file)) {
            assertFalse(again.isReadOnly(), "nothing of the first opening still holds the file");
            assertEquals(1, again.organisations().findAll().size());
        }
    }
}
