package uk.dln.secretariat.app.boardpack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.CancelledException;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/**
 * Exports a board pack and its trackers into a folder, for the app and the command line alike. Each file is written
 * to a temporary file beside its final name and moved into place only when complete, so a cancelled or failed export
 * leaves no half-written file and never damages an earlier export of the same name.
 */
public final class PackExporter {

    /** The files written. */
    public record Result(Path pack, Path trackers) {
    }

    /** A file being written. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private final Texts texts = new MessageTexts();
    private final Clock clock;

    public PackExporter() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock says the day a pack is issued: the day it is "as at" */
    public PackExporter(Clock clock) {
        this.clock = clock;
    }

    /**
     * "Marked ... because of ..." when something the meeting's pack reproduces raises its marking above the
     * network's and the meeting's; empty otherwise. Said before the export, so the secretariat knows what it sends.
     */
    public String markingNotice(Workspace workspace, Meeting meeting) {
        return DocumentMarkings.notice(PackGatherer.marking(workspace, meeting, LocalDate.now(clock)));
    }

    /**
     * @param progress told of each step; when it says the export was cancelled, the export stops with
     *                 {@link CancelledException} and nothing is left behind
     */
    public Result export(Workspace workspace, LocalDate date, Set<PackSection> sections, Path folder,
                         BackgroundTask.Progress progress) {
        Meeting meeting = MeetingChoice.onDate(workspace.meetings().findAll(), date).orElse(null);
        return export(workspace, meeting, date, sections, folder, progress);
    }

    /**
     * The pack for a meeting, as at its date.
     *
     * @param meeting null for a pack with no meeting: its meeting sections then say so
     */
    public Result export(Workspace workspace, Meeting meeting, LocalDate date, Set<PackSection> sections, Path folder,
                         BackgroundTask.Progress progress) {
        ExportSteps steps = (key, done, total) -> {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.message(Messages.get(key));
        };
        progress.message(Messages.get("pack.progress.gathering"));
        PackRequest request = PackGatherer.gather(workspace, meeting, date, sections, LocalDate.now(clock));
        checkFolder(folder);
        Path pack = folder.resolve(Messages.get("pack.file.pack", date.toString()));
        Path trackers = folder.resolve(Messages.get("pack.file.trackers", date.toString()));
        progress.update(1, 3);
        Path packTemp = write(pack, out -> new BoardPackWriter(texts).write(request, out, steps));
        progress.update(2, 3);
        Path trackersTemp = null;
        try {
            trackersTemp = write(trackers, out -> new TrackerWorkbookWriter(texts).write(request, out, steps));
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            moveIntoPlace(packTemp, pack);
            moveIntoPlace(trackersTemp, trackers);
        } finally {
            deleteQuietly(packTemp);
            deleteQuietly(trackersTemp);
        }
        progress.update(3, 3);
        return new Result(pack, trackers);
    }

    static void checkFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SecretariatException("pack.error.folder", String.valueOf(folder));
        }
        if (!Files.isWritable(folder)) {
            throw new SecretariatException("pack.error.readOnly", folder);
        }
    }

    /** Writes to a temporary file in the target's folder; deletes it if writing fails or is cancelled. */
    static Path write(Path target, Writing writing) {
        Path temp = null;
        try {
            // Named beside the target so it is plain what it is; made like any new file, so it gets normal permissions.
            temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                writing.to(out);
            }
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new SecretariatException("pack.error.write", target, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    static void moveIntoPlace(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Most often the file is open in Word or Excel, which locks it on Windows.
            throw new SecretariatException("pack.error.inUse", target, String.valueOf(e.getMessage()));
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A stray temporary file is harmless and named so people can see what it is.
            }
        }
    }
}
