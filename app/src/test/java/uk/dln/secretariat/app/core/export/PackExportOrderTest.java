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
 * The pack's charts are drawn while the trackers are written (decision 0053): the progress names the trackers' sheets
 * before the pack's parts, as they are now written, and an export cancelled meanwhile leaves no file and no chart
 * being drawn.
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
    void theProgressNamesTheTrackersSheetsBeforeThePacksParts() throws IOException {
        var progress = WatchedProgress.watching();

        var result = export(progress);

        var messages = progress.messages();
        int summary = messages.indexOf(Messages.get("trackers.sheet.summary"));
        int cover = messages.indexOf(Messages.get("pack.cover.progress"));
        assertTrue(summary >= 0 && cover > summary, messages.toString());
        try (var pack = new XWPFDocument(Files.newInputStream(result.pack()))) {
            assertFalse(pack.getAllPictures().isEmpty(), "the pack has charts, so they were drawn ahead");
        }
    }

    @Test
    void anExportCancelledWhileTheTrackersAreWrittenLeavesNoFileAndNoChartBeingDrawn() throws Exception {
        var progress = WatchedProgress.cancellingAt(Messages.get("trackers.sheet.summary"));

        assertThrows(CancelledException.class, () -> export(progress));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
        // Closing lets the chart being drawn finish and draws no other, so the thread ends within a chart's time.
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
