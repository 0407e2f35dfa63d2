package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.audit.AuditAction;
import uk.dln.secretariat.model.audit.AuditEntry;

/**
 * A copy of the app killed with {@code kill -9} in the middle of writing, over and over, loses nothing it reported
 * as saved, leaves a sound file, and does not keep the workspace locked.
 */
class CrashTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path folder;

    @Test
    void everyWriteReportedAsSavedSurvivesBeingKilledMidWrite() throws Exception {
        Path file = folder.resolve("crash.secretariat");
        Workspace.open(file).close();
        Set<Long> saved = new HashSet<>();
        var random = new Random(20261122);

        for (int round = 0; round < ROUNDS; round++) {
            try (var child = ChildProcess.start(null, file.toString(), "write")) {
                // The previous round's copy died holding the lock: the operating system released it with the process.
                assertEquals("writable", child.nextLine(), "round " + round);
                int savesBeforeKill = 1 + random.nextInt(25);
                for (int i = 0; i < savesBeforeKill; i++) {
                    saved.add(savedId(child.nextLine()));
                }
                // Land the kill anywhere in the next save: before, during or after its commit.
                Thread.sleep(random.nextInt(20));
                child.kill();
                child.remainingLines().forEach(line -> saved.add(savedId(line)));
            }
        }

        assertTrue(Workspace.check(file).intact(), "the integrity check passes after " + ROUNDS + " kills");
        try (var workspace = Workspace.open(file)) {
            assertFalse(workspace.isReadOnly());
            for (long id : saved) {
                assertTrue(workspace.organisations().find(id).isPresent(), "organisation " + id + " was reported saved");
                List<AuditEntry> history = workspace.audit().history("organisation", String.valueOf(id));
                assertEquals(List.of(AuditAction.CREATED), history.stream().map(AuditEntry::action).toList(),
                        "organisation " + id + " was audited in the same transaction");
            }
        }
    }

    @Test
    void aSecondCopyReadsWhileTheFirstHoldsTheWorkspaceAndWritesOnceItIsKilled() throws Exception {
        Path file = folder.resolve("shared.secretariat");
        Workspace.open(file).close();
        try (var child = ChildProcess.start(null, file.toString(), "hold")) {
            assertEquals("writable", child.nextLine());

            try (var second = Workspace.open(file)) {
                assertTrue(second.isReadOnly());
                assertEquals("workspace.readOnly.inUse", second.readOnlyReason().orElseThrow().messageKey());
                assertEquals(System.getProperty("user.name"), second.readOnlyReason().orElseThrow().arguments().get(0));
            }
            child.kill();
        }
        try (var afterCrash = Workspace.open(file)) {
            assertFalse(afterCrash.isReadOnly(), "a crashed copy's lock goes with it");
        }
    }

    private static long savedId(String line) {
        if (!line.startsWith("saved ")) {
            throw new AssertionError("unexpected output from the writer: " + line);
        }
        return Long.parseLong(line.substring("saved ".length()));
    }
}
