package uk.dln.secretariat.persistence.versions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/** Nothing of a roadmap silently overwritten on a shared workspace: RoadmapStaleSavesTest's checks on a real server. */
@ExtendWith(PostgresExtension.class)
class ServerRoadmapStaleSavesTest extends RoadmapStaleSaves {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    private ServerWorkspace workspace;

    @BeforeEach
    void setUp(TestDatabase database) {
        workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), CLOCK);
        editors = new RoadmapEditors(workspace.data());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }
}
