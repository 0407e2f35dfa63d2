package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.DemoWorkspace;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/** Moving a workspace onto a real PostgreSQL server and back, through the command line (decision 0038). */
@ExtendWith(PostgresExtension.class)
class ShareSnapshotCommandsTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aWorkspaceSharedToAServerAndSnapshottedBackHoldsEveryRecordAsTheOriginal(TestDatabase database)
            throws SQLException {
        Path original = folder.resolve("Network.secretariat");
        DemoWorkspace.create(original);

        assertEquals(ExitCodes.OK, run("share", "--from", original.toString(), "--to", database.address()), err::toString);
        Path snapshot = folder.resolve("Snapshot.secretariat");
        assertEquals(ExitCodes.OK, run("-w", database.address(), "snapshot", "--to", snapshot.toString()),
                err::toString);

        List<String> before = contents(original);
        assertTrue(before.size() > 500, "the demo fills the workspace: " + before.size() + " rows");
        assertEquals(before, contents(snapshot));
    }

    @Test
    void aSharedWorkspaceIsUsedByTheAppAsAFileIs(TestDatabase database) {
        Path original = folder.resolve("Network.secretariat");
        try (var workspace = Workspace.open(original)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        assertEquals(ExitCodes.OK, run("share", "--from", original.toString(), "--to", database.address()), err::toString);

        try (var shared = ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC())) {
            var added = shared.data().organisations().save(
                    Organisation.create("Cabinet Office", "CO", OrganisationKind.MINISTERIAL_DEPARTMENT));
            // Identities continue after the copied records rather than colliding with them.
            assertEquals(List.of("CO", "HO"), shared.data().organisations().findAll().stream()
                    .map(Organisation::shortName).sorted().toList());
            assertTrue(added.id() > 1, "new id " + added.id());
        }
    }

    @Test
    void sharingIntoADatabaseThatHoldsRecordsIsRefusedAndCopiesNothing(TestDatabase database) {
        Path first = folder.resolve("First.secretariat");
        try (var workspace = Workspace.open(first)) {
            workspace.organisations().save(Organisation.create("Home Office", "HO", OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        Path second = folder.resolve("Second.secretariat");
        try (var workspace = Workspace.open(second)) {
            workspace.organisations().save(Organisation.create("Cabinet Office", "CO", OrganisationKind.MINISTERIAL_DEPARTMENT));
        }
        assertEquals(ExitCodes.OK, run("share", "--from", first.toString(), "--to", database.address()));

        assertNotEquals(ExitCodes.OK, run("share", "--from", second.toString(), "--to", database.address()));

        assertTrue(err.toString().contains("already holds records"), err.toString());
        Path snapshot = folder.resolve("Snapshot.secretariat");
        assertEquals(ExitCodes.OK, run("-w", database.address(), "snapshot", "--to", snapshot.toString()));
        try (var workspace = Workspace.open(snapshot)) {
            assertEquals(List.of("HO"), workspace.organisations().findAll().stream().map(Organisation::shortName).toList());
        }
    }

    @Test
    void aSnapshotNeverOverwritesAFile(TestDatabase database) throws Exception {
        Path existing = Files.writeString(folder.resolve("Existing.secretariat"), "mine");

        assertNotEquals(ExitCodes.OK, run("-w", database.address(), "snapshot", "--to", existing.toString()));

        assertEquals("mine", Files.readString(existing));
        assertTrue(err.toString().contains("already exists"), err.toString());
    }

    /** Every row of every table but Flyway's own history (which records when it ran), with the schema's text. */
    private static List<String> contents(Path file) throws SQLException {
        var rows = new ArrayList<String>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var schema = statement.executeQuery("SELECT type, name, sql FROM sqlite_master "
                    + "WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'flyway_schema_history%' ORDER BY type, name")) {
                while (schema.next()) {
                    rows.add(schema.getString(1) + " " + schema.getString(2) + ": " + schema.getString(3));
                    if (schema.getString(1).equals("table")) {
                        tables.add(schema.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (var result = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        var row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            Object value = result.getObject(i);
                            row.append('|').append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                    : value + (value == null ? "" : ":" + value.getClass().getSimpleName()));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
