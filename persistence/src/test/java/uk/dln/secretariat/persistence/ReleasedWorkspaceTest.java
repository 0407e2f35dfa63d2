package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace written by an earlier release opens and is brought up to date. The fixture is a real file made by the
 * release whose newest migration was 15; a migration added since must come after it, or Flyway refuses the file as
 * having a migration "resolved but not applied" below its version.
 */
class ReleasedWorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void aWorkspaceFromTheReleaseAtSchema15OpensAndIsMigratedToThisVersion() throws IOException {
        Path file = unpack("released-schema-15.secretariat.gz");
        assertEquals("15", Workspace.check(file).schemaVersion());

        Workspace.open(file).close();

        WorkspaceHealth health = Workspace.check(file);
        assertEquals(health.appSchemaVersion(), health.schemaVersion());
        assertTrue(health.intact());
    }

    private Path unpack(String resource) throws IOException {
        Path file = folder.resolve("released.secretariat");
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(resource))) {
            Files.copy(in, file);
        }
        return file;
    }
}
