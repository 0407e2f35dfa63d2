package uk.dln.secretariat.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporariesTest {

    private final Temporaries parts = new Temporaries("part");

    @TempDir
    Path folder;

    /** The number of a process that has run and ended. */
    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.pid();
    }

    private Path temporary(String target, long pid, String host, String suffix) throws Exception {
        return Files.writeString(folder.resolve(target + ".tmp-" + pid + "-" + host + "-1." + suffix), "half");
    }

    @Test
    void aTemporaryIsNamedBesideItsTargetVisiblyAndForThisProcess() {
        Path temp = parts.beside(folder.resolve("Board pack 2026-11-22.docx"));

        String name = temp.getFileName().toString();
        assertTrue(name.startsWith("Board pack 2026-11-22.docx.tmp-" + ProcessHandle.current().pid() + "-"), name);
        assertTrue(name.endsWith(".part"), name);
        assertFalse(name.startsWith("."), "visible on every system");
        assertEquals(folder, temp.getParent());
    }

    @Test
    void theLeftoverOfAProcessThatHasEndedIsSweptAway() throws Exception {
        Path leftover = temporary("Board pack.docx", endedProcess(), Temporaries.host(), "part");

        assertEquals(List.of(leftover), parts.sweep(folder));

        assertFalse(Files.exists(leftover));
    }

    @Test
    void theWorkInProgressOfARunningProcessIsLeftAlone() throws Exception {
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path inProgress = temporary("Board pack.docx", running, Temporaries.host(), "part");
        Path ours = parts.beside(folder.resolve("Trackers.xlsx"));
        Files.writeString(ours, "writing");

        assertEquals(List.of(), parts.sweep(folder));

        assertTrue(Files.exists(inProgress));
        assertTrue(Files.exists(ours));
    }

    @Test
    void anotherComputersTemporaryIsLeftUntilNobodyHasTouchedItForADay() throws Exception {
        Path fresh = temporary("Board pack.docx", 1, "another_computer", "part");
        Path stale = temporary("Trackers.xlsx", 1, "another_computer", "part");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        assertEquals(List.of(stale), parts.sweep(folder));

        assertTrue(Files.exists(fresh));
    }

    @Test
    void otherKindsOfFileAreNeverTouched() throws Exception {
        long ended = endedProcess();
        Path partial = temporary("Network.backup", ended, Temporaries.host(), "partial");
        Path document = Files.writeString(folder.resolve("Board pack.docx.tmp-notes.part"), "mine");
        Files.setLastModifiedTime(document, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        assertEquals(List.of(), parts.sweep(folder));

        assertTrue(Files.exists(partial));
        assertTrue(Files.exists(document));
    }
}
