package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/** Every command on a shared workspace on a real PostgreSQL server, as on a file (decision 0043). */
@ExtendWith(PostgresExtension.class)
class ServerCommandsTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String[]> windows = new ArrayList<>();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), windows::add)
                .execute(args);
    }

    private static List<String> organisations(TestDatabase database) {
        try (var shared = ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC())) {
            return shared.data().organisations().findAll().stream().map(Organisation::shortName).sorted().toList();
        }
    }

    @Test
    void demoFillsASharedWorkspaceAndExportWritesItsPack(TestDatabase database) throws Exception {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "init"), err::toString);

        assertEquals(ExitCodes.OK, run("-w", database.address(), "demo"), err::toString);
        assertTrue(organisations(database).size() > 10, organisations(database)::toString);

        Path pack = folder.resolve("pack");
        assertEquals(ExitCodes.OK, run("-w", database.address(), "export", "--out", pack.toString()), err::toString);
        try (Stream<Path> files = Files.list(pack)) {
            assertTrue(files.anyMatch(file -> file.toString().endsWith(".docx")), err::toString);
        }
    }

    @Test
    void returnsAreIssuedFromASharedWorkspace(TestDatabase database) throws Exception {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "demo"), err::toString);

        Path returns = folder.resolve("returns");
        assertEquals(ExitCodes.OK, run("-w", database.address(), "returns", "issue", "--out", returns.toString(),
                "--organisation", "HMRC"), err::toString);
        try (Stream<Path> files = Files.list(returns)) {
            assertEquals(1, files.count(), err::toString);
        }
    }

    @Test
    void checkOnAServerSaysWhatItCheckedTheConnectionAndTheSchemaVersionAndChangesNothing(TestDatabase database)
            throws Exception {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "check"), err::toString);

        String said = err.toString();
        assertTrue(said.contains("schema version 0 (this version of Secretariat knows up to"), said);
        try (var connection = database.connect();
             var tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            assertFalse(tables.next(), "check made no table in an empty database");
        }
        assertTrue(said.contains("Connected to " + ServerAddress.parse(database.address()).host()), said);
        assertTrue(said.contains("integrity and backups are its administrator"), said);
    }

    @Test
    void checkOnAServerThatIsNotThereSaysSoInPlainWords(TestDatabase database) {
        var address = ServerAddress.parse(database.address());
        String missing = "postgresql://" + address.user() + "@" + address.host() + ":" + address.port()
                + "/no_such_workspace";

        assertNotEquals(ExitCodes.OK, run("-w", missing, "check"));

        assertTrue(err.toString().contains("has no database called no_such_workspace"), err.toString());
    }

    @Test
    void backupOfASharedWorkspaceIsASnapshotFileHoldingItsRecords(TestDatabase database) {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "demo"), err::toString);
        Path copy = folder.resolve("Kept.secretariat");

        assertEquals(ExitCodes.OK, run("-w", database.address(), "backup", "--to", copy.toString()), err::toString);

        assertTrue(err.toString().contains("snapshot"), err.toString());
        try (var kept = Workspace.open(copy)) {
            assertEquals(organisations(database), kept.organisations().findAll().stream()
                    .map(Organisation::shortName).sorted().toList());
        }
    }

    @Test
    void restoreIntoAServerIsRefusedPointingToShare(TestDatabase database) {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "demo"), err::toString);
        List<String> before = organisations(database);

        assertNotEquals(ExitCodes.OK, run("-w", database.address(), "restore", "--latest"));

        assertTrue(err.toString().contains("secretariat share --from SNAPSHOT"), err.toString());
        assertEquals(before, organisations(database));
        assertFalse(Files.exists(Path.of("postgresql:")));
    }

    @Test
    void generateFillsAnEmptySharedWorkspace(TestDatabase database) {
        assertEquals(ExitCodes.OK, run("-w", database.address(), "generate", "--scale", "0.02"), err::toString);

        assertFalse(organisations(database).isEmpty());
        assertTrue(err.toString().contains(database.address()), err.toString());
    }

    @Test
    void theWindowIsGivenTheServerAddressAsTyped(TestDatabase database) {
        assertEquals(ExitCodes.OK, run("-w", database.address()));

        assertEquals(1, windows.size());
        assertArrayEquals(new String[] {"--workspace=" + database.address()}, windows.get(0));
        assertArrayEquals(new String[] {"--workspace=" + database.address()},
                WindowLaunch.plainWindowParameters("--workspace", database.address()).orElseThrow());
    }
}
