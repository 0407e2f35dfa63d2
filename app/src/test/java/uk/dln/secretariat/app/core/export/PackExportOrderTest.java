package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.generate.DecadeGenerator;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.WatchedProgress;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The pack's charts are drawn on a thread of their own, which then writes the trackers while the pack is finished
 * (decisions 0053 and 0056): the progress follows the pack, and an export cancelled meanwhile leaves no file, no chart
 * being drawn and no trackers being written.
 */
class PackExportOrderTest {

    /** The generated decade, made once for the class: its indicators are mostly off track, so the pack has charts. */
    @TempDir
    static Path decadeFolder;
    private static Path decade;

    @TempDir
    Path out;
    private Workspace workspace;
    private Meeting meeting;

    @BeforeAll
    static void generate() {
        decade = decadeFolder.resolve("decade.secretariat");
        new DecadeGenerator(0.02, 1).generate(decade);
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(decade);
        meeting = workspace.meetings().findAll().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PackExporter.Result export(Progress progress) {
        return new PackExporter().export(workspace.data(), meeting, meeting.date(), EnumSet.allOf(PackSection.class),
                out, progress);
    }

    @Test
    void theProgressFollowsThePackWhileTheTrackersAreWrittenBesideIt() throws IOException {
        var progress = WatchedProgress.watching();

        var result = export(progress);

        var messages = progress.messages();
        int cover = messages.indexOf(Messages.get("pack.cover.progress"));
        int roadmaps = messages.indexOf(Messages.get("pack.section.roadmaps"));
        assertTrue(cover >= 0 && roadmaps > cover, messages.toString());
        assertFalse(messages.contains(Messages.get("trackers.sheet.summary")),
                "the trackers' sheets, written on the chart thread, are not told: " + messages);
        try (var pack = new XWPFDocument(Files.newInputStream(result.pack()))) {
            assertFalse(pack.getAllPictures().isEmpty(), "the pack has charts, so they were drawn ahead");
        }
        assertTrue(Files.size(result.trackers()) > 0);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "the pack and the trackers, and no temporary file");
        }
    }

    @Test
    void anExportCancelledWhileThePackIsWrittenLeavesNoFileAndNothingRunning() throws Exception {
        var progress = WatchedProgress.cancellingAt(Messages.get("pack.section.roadmaps"));

        assertThrows(CancelledException.class, () -> export(progress));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
        // Closing lets the chart being drawn finish and begins nothing else, so the thread ends within a chart's time.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (chartThreadAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(chartThreadAlive(), "a chart thread still running after the export stopped");
    }

    private static boolean chartThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().equals("board pack charts"));
    }
}
