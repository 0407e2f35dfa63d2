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
 * Withdrawals, network settings and return intakes are never silently passed over on a workspace file;
 * ServerStaleWithdrawalsIntakesAndSettingsTest does the same on a server.
 */
class StaleWithdrawalsIntakesAndSettingsTest extends StaleWithdrawalsIntakesAndSettings {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"), CLOCK);
        editors = new WithdrawalsIntakesAndSettings(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }
}
