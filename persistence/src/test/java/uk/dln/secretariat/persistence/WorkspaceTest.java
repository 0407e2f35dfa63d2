package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;

class WorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void createsTheFileAndItsFolder() {
        Path file = folder.resolve("nested/deeper/network.dlnw");
        try (var workspace = Workspace.open(file)) {
            assertTrue(Files.isRegularFile(workspace.file()));
        }
    }

    @Test
    void usesWriteAheadLoggingForeignKeysAndABusyTimeout() {
        try (var workspace = Workspace.open(folder.resolve("w.dlnw"))) {
            assertEquals("wal", workspace.dsl().fetchValue("PRAGMA journal_mode"));
            assertEquals(1, ((Number) workspace.dsl().fetchValue("PRAGMA foreign_keys")).intValue());
            assertEquals(WorkspaceFile.BUSY_TIMEOUT_MILLIS,
                    ((Number) workspace.dsl().fetchValue("PRAGMA busy_timeout")).intValue());
        }
    }

    @Test
    void reopeningKeepsTheSchemaVersion() {
        Path file = folder.resolve("w.dlnw");
        Workspace.open(file).close();
        Workspace.open(file).close();
        WorkspaceHealth health = Workspace.check(file);
        assertEquals(health.appSchemaVersion(), health.schemaVersion());
        assertTrue(health.intact());
    }

    @Test
    void refusesAFileFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = WorkspaceFixtures.workspaceFromTheFuture(folder);
        List<String> before = WorkspaceFixtures.fingerprint(folder);

        var error = assertThrows(SecretariatException.class, () -> Workspace.open(file));

        assertEquals("workspace.error.newer", error.messageKey());
        assertEquals("999", error.arguments().get(1));
        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void checkRefusesAFileFromANewerVersionToo() throws Exception {
        Path file = WorkspaceFixtures.workspaceFromTheFuture(folder);
        var error = assertThrows(SecretariatException.class, () -> Workspace.check(file));
        assertEquals("workspace.error.newer", error.messageKey());
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path file = folder.resolve("minutes.docx");
        Files.writeString(file, "not a database at all");
        List<String> before = WorkspaceFixtures.fingerprint(folder);

        var error = assertThrows(SecretariatException.class, () -> Workspace.open(file));

        assertEquals("workspace.error.notWorkspace", error.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void refusesAnotherProgramsDatabase() throws Exception {
        Path file = folder.resolve("other.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE customers (id INTEGER PRIMARY KEY)");
        }
        List<String> before = WorkspaceFixtures.fingerprint(folder);

        var error = assertThrows(SecretariatException.class, () -> Workspace.open(file));

        assertEquals("workspace.error.notWorkspace", error.messageKey());
        assertEquals(before, WorkspaceFixtures.fingerprint(folder));
    }

    @Test
    void checkReportsDamageFoundByTheIntegrityCheck() throws Exception {
        Path file = folder.resolve("w.dlnw");
        Workspace.open(file).close();
        byte[] bytes = Files.readAllBytes(file);
        // Scribble over the second page (the settings table) while keeping the header valid.
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = pageSize; i < Math.min(bytes.length, pageSize * 2); i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(file, bytes);

        boolean damaged;
        try {
            damaged = !Workspace.check(file).intact();
        } catch (SecretariatException e) {
            damaged = e.messageKey().equals("workspace.error.damaged");
        }
        assertTrue(damaged, "a scribbled page must be reported as damage");
    }

    @Test
    void checkOfAMissingFileSaysSo() {
        var error = assertThrows(SecretariatException.class, () -> Workspace.check(folder.resolve("nope.dlnw")));
        assertEquals("workspace.error.missing", error.messageKey());
    }
}
