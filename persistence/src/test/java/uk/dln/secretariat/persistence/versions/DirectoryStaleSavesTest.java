package uk.dln.secretariat.persistence.versions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.persistence.Workspace;

/**
 * Nothing in the directory or the self-assessment silently overwritten or deleted on a workspace file;
 * ServerDirectoryStaleSavesTest does the same on a server.
 */
class DirectoryStaleSavesTest extends DirectoryStaleSaves {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        editors = new DirectoryEditors(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }
}
