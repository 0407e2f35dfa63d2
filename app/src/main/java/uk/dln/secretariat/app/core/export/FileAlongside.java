package uk.dln.secretariat.app.core.export;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.WorkAhead;
import uk.dln.secretariat.reports.boardpack.PackCharts;

/**
 * A file of the export (the trackers) written on the chart thread once the pack's charts are drawn, while the export's
 * own thread writes the pack (decision 0056). It is written, read back and left under its temporary name exactly as
 * {@link PackExporter#write} does on the export's thread; the export takes it when the pack is written. Taken before
 * the chart thread has begun it, it is written there and then instead. Closed without being taken (the pack failed or
 * the export was cancelled), its writing stops at its next step and whatever it wrote is deleted, so nothing is left
 * behind and nothing runs on.
 */
final class FileAlongside implements AutoCloseable {

    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final Path target;
    private final Function<ExportSteps, PackExporter.Writing> writing;
    private final Runnable stopIfCancelled;
    private final WorkAhead<Path> written;
    private boolean taken;

    private FileAlongside(PackCharts charts, Path target, Function<ExportSteps, PackExporter.Writing> writing,
                          Runnable stopIfCancelled) {
        this.target = target;
        this.writing = writing;
        this.stopIfCancelled = stopIfCancelled;
        this.written = charts.afterTheCharts(this::write);
    }

    /**
     * @param writing         writes the file, told of each of its steps; the steps say nothing to the person
     *                        watching, whose progress follows the pack, but stop the writing when the export is
     *                        cancelled or abandoned
     * @param stopIfCancelled throws when the person cancelled the export
     */
    static FileAlongside queue(PackCharts charts, Path target, Function<ExportSteps, PackExporter.Writing> writing,
                               Runnable stopIfCancelled) {
        return new FileAlongside(charts, target, writing, stopIfCancelled);
    }

    private Path write() {
        ExportSteps steps = (key, done, total) -> {
            if (abandoned.get()) {
                throw new CancelledException();
            }
            stopIfCancelled.run();
        };
        return PackExporter.write(target, writing.apply(steps));
    }

    /**
     * The file written and read back, under its temporary name, which the caller now owns; written here if the chart
     * thread has not begun it, waited for if it has. A failure there is thrown here, as if it had happened here.
     */
    Path take() {
        Path temp = written.take();
        // Only now: a take that fails or is interrupted while the chart thread writes leaves closing to clean up.
        taken = true;
        return temp;
    }

    /** Stops the writing if the file was never taken, waits for it to end, and deletes what it wrote. */
    @Override
    public void close() {
        abandoned.set(true);
        if (!taken && !written.withdraw()) {
            // A writing that failed or stopped has deleted its own temporary file.
            written.awaitQuietly().ifPresent(PackExporter::deleteQuietly);
        }
    }
}
