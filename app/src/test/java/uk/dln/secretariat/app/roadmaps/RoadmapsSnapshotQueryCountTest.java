package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.generate.DecadeGenerator;
import uk.dln.secretariat.app.core.roadmaps.RoadmapsSnapshot;
import uk.dln.secretariat.persistence.Workspace;

/** The Roadmaps section reads a roadmap with the same number of statements however many indicators it has. */
class RoadmapsSnapshotQueryCountTest {

    @TempDir
    Path folder;

    @Test
    void aRoadmapWithThreeTimesTheIndicatorsIsReadWithAsManyStatements() {
        assertEquals(statements(0.02), statements(0.06));
    }

    private long statements(double scale) {
        Path file = folder.resolve("decade-" + scale + ".secretariat");
        new DecadeGenerator(scale, 1).generate(file);
        try (var workspace = Workspace.open(file)) {
            long before = workspace.statementsRun();
            RoadmapsSnapshot snapshot = RoadmapsSnapshot.read(workspace.data(), null, null);
            assertFalse(snapshot.indicators().isEmpty(), "the roadmap shown has indicators at scale " + scale);
            return workspace.statementsRun() - before;
        }
    }
}
