package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.boardpack.PackCharts;

/**
 * The trackers are written on the chart thread while the pack is written (decision 0056): taken, they are the one file
 * written once; abandoned, whether waiting or being written, they leave nothing behind and nothing running.
 */
class FileAlongsideTest {

    @TempDir
    Path folder;
    @TempDir
    Path workspaceFolder;

    private final AtomicInteger written = new AtomicInteger();
    private final CountDownLatch begun = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private PackCharts charts;
    private Path target;

    @BeforeEach
    void startTheCharts() {
        try (var workspace = Workspace.open(workspaceFolder.resolve("w.secretariat"))) {
            var request = PackGatherer.gather(workspace.data(), null, LocalDate.of(2026, 11, 20),
                    EnumSet.of(PackSection.RISKS), LocalDate.of(2026, 11, 20));
            charts = new BoardPackWriter(ReportTexts.of(DocumentLanguage.ENGLISH)).startDrawingCharts(request);
        }
        target = folder.resolve("Trackers.txt");
    }

    @AfterEach
    void closeTheCharts() {
        release.countDown();
        charts.close();
    }

    /** Writes a line, says it has begun, then goes on taking steps until let go or stopped. */
    private Function<ExportSteps, PackExporter.Writing> slowWriting() {
        return steps -> out -> {
            written.incrementAndGet();
            out.write("Summary\n".getBytes(StandardCharsets.UTF_8));
            begun.countDown();
            try {
                while (!release.await(5, TimeUnit.MILLISECONDS)) {
                    steps.starting("trackers.sheet.summary", 0, 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Holds the chart thread with work of its own, so that nothing queued behind it begins until released. */
    private void holdTheChartThread() {
        charts.afterTheCharts(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    @Test
    void aFileTakenWhileTheChartThreadWritesItIsWaitedForAndWrittenOnce() throws Exception {
        try (var alongside = FileAlongside.queue(charts, target, slowWriting(), () -> { })) {
            assertTrue(begun.await(10, TimeUnit.SECONDS));
            // Let go once this thread is waiting for it.
            var letGo = new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            });
            letGo.start();

            Path temp = assertTimeoutPreemptively(Duration.ofSeconds(10), alongside::take);
            letGo.join();

            assertEquals("Summary\n", Files.readString(temp));
            assertEquals(1, written.get());
            assertEquals(List.of(temp), files());
        }
        assertEquals(1, files().size(), "a file taken is the export's, not deleted on closing");
    }

    @Test
    void aFileTakenBeforeTheChartThreadBeginsItIsWrittenByTheTakerAlone() throws Exception {
        holdTheChartThread();
        Thread taker = Thread.currentThread();
        var writer = new AtomicReference<Thread>();
        try (var alongside = FileAlongside.queue(charts, target, steps -> out -> {
            written.incrementAndGet();
            writer.set(Thread.currentThread());
            out.write('x');
        }, () -> { })) {
            Path temp = alongside.take();
            release.countDown();

            assertEquals(taker, writer.get(), "written on the thread that took it");
            assertTrue(Files.exists(temp));
        }
        charts.close();
        assertEquals(1, written.get(), "the chart thread passed over it");
    }

    @Test
    void aFileAbandonedWhileBeingWrittenStopsAtItsNextStepAndLeavesNothing() throws Exception {
        var alongside = FileAlongside.queue(charts, target, slowWriting(), () -> { });
        assertTrue(begun.await(10, TimeUnit.SECONDS));

        assertTimeoutPreemptively(Duration.ofSeconds(10), alongside::close);

        assertEquals(List.of(), files());
    }

    @Test
    void aTakeInterruptedWhileTheChartThreadWritesLeavesClosingToDeleteWhatItWrote() throws Exception {
        var alongside = FileAlongside.queue(charts, target, slowWriting(), () -> { });
        assertTrue(begun.await(10, TimeUnit.SECONDS));

        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, alongside::take);
        assertTrue(Thread.interrupted(), "the interrupt is kept");
        release.countDown();
        alongside.close();

        assertEquals(1, written.get());
        assertEquals(List.of(), files());
    }

    @Test
    void aFileAbandonedBeforeItBeganIsNeverWritten() throws Exception {
        holdTheChartThread();
        var alongside = FileAlongside.queue(charts, target, slowWriting(), () -> { });

        alongside.close();
        release.countDown();
        charts.close();

        assertEquals(0, written.get());
        assertEquals(List.of(), files());
    }

    @Test
    void anExportCancelledWhileTheFileIsWrittenStopsItThereAndLeavesNothing() throws Exception {
        var cancelled = new AtomicBoolean();
        try (var alongside = FileAlongside.queue(charts, target, slowWriting(), () -> {
            if (cancelled.get()) {
                throw new CancelledException();
            }
        })) {
            assertTrue(begun.await(10, TimeUnit.SECONDS));
            cancelled.set(true);

            assertThrows(CancelledException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                    alongside::take));
        }
        assertEquals(List.of(), files());
    }

    private List<Path> files() throws IOException {
        try (var list = Files.list(folder)) {
            return list.toList();
        }
    }
}
