package uk.dln.secretariat.app.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.support.WatchedProgress;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.Workspace;

class DemoDataTest {

    @TempDir
    Path folder;

    private final DemoData demo = new DemoData(Clock.systemDefaultZone());

    @Test
    void reportsEachPartItHasAdded() {
        var progress = WatchedProgress.watching();
        try (var workspace = Workspace.open(folder.resolve("watched.secretariat"))) {
            demo.fill(workspace.data(), progress);
        }

        assertEquals(List.of("0/6", "1/6", "2/6", "3/6", "4/6", "5/6", "6/6"), progress.updates());
    }

    @Test
    void aCancelledRunStopsAfterItsPartAndALaterRunSaysItWasCutShort() {
        try (var workspace = Workspace.open(folder.resolve("cancelled.secretariat"))) {
            var progress = WatchedProgress.cancellingAfter(2);

            assertThrows(CancelledException.class, () -> demo.fill(workspace.data(), progress));

            assertEquals(List.of("0/6", "1/6", "2/6"), progress.updates());
            assertFalse(workspace.leaders().findAll().isEmpty(), "the people were added");
            assertTrue(workspace.meetings().findAll().isEmpty(), "no meeting after the cancel");
            var again = assertThrows(SecretariatException.class, () -> demo.fill(workspace.data(), Progress.none()));
            assertEquals("demo.error.interrupted", again.messageKey());
        }
    }
}
