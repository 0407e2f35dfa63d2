package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.persistence.Workspace;

/**
 * A real full disk: a 16 KB tmpfs as the export folder. Mounting needs root (or a container that allows it), so
 * elsewhere this test is skipped and ExportWriteFailuresTest's failing stream stands in for the disk.
 */
@EnabledOnOs(OS.LINUX)
class ExportOnAFullDiskTest {

    @TempDir
    Path folder;

    private Path out;
    private boolean mounted;

    @BeforeEach
    void smallDisk() throws Exception {
        out = Files.createDirectories(folder.resolve("small-disk"));
        mounted = command("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", out.toString());
        Assumptions.assumeTrue(mounted, "mounting a tmpfs is not permitted here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            command("umount", out.toString());
        }
    }

    @Test
    void exportOntoAFullDiskExitsWithTheExportStatusSaysTheDiskIsFullAndLeavesNothing() throws Exception {
        Path file = folder.resolve("meetings.secretariat");
        try (var workspace = Workspace.open(file)) {
            MeetingWorkspace.fill(workspace.data());
        }
        var err = new StringWriter();

        int status = SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("-w", file.toString(), "export", "--meeting", "2026-11-26",
                "--out", out.toString());

        assertEquals(ExitCodes.EXPORT_FAILED, status, err.toString());
        assertTrue(err.toString().contains("The disk is full"), err.toString());
        try (var left = Files.list(out)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static boolean command(String... words) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
