package uk.dln.secretariat.app.boardpack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Set;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.CancelledException;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.files.Temporaries;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/**
 * Exports a board pack and its trackers into a folder, for the app and the command line alike. Each file is written
 * to a temporary file beside its final name, read back part by part, and moved into place only when complete and
 * sound, so a cancelled or failed export leaves no half-written file and never damages an earlier export of the same
 * name.
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

    /**
     * @param progress told of each step; when it says the export was cancelled, the export stops with
     *                 {@link CancelledException} and nothing is left behind
     */
    public Result export(Workspace workspace, LocalDate date, Set<PackSection> sections, Path folder,
                         BackgroundTask.Progress progress) {
        return export(workspace, date, sections, folder, false, progress);
    }

    /** The pack for the meeting on the day, if any, issued or not. */
    public Result export(Workspace workspace, LocalDate date, Set<PackSection> sections, Path folder, boolean issue,
                         BackgroundTask.Progress progress) {
        Meeting meeting = MeetingChoice.onDate(workspace.meetings().findAll(), date).orElse(null);
        return export(workspace, meeting, date, sections, folder, issue, progress);
    }

    /**
     * The pack for a meeting, as at its date.
     *
     * @param meeting null for a pack with no meeting: its meeting sections then say so
     */
    public Result export(Workspace workspace, Meeting meeting, LocalDate date, Set<PackSection> sections, Path folder,
                         BackgroundTask.Progress progress) {
        return export(workspace, meeting, date, sections, folder, false, progress);
    }

    /**
     * As above; when {@code issue} is set, the pack is issued: once both files are in place, the workspace records
     * what the pack said, and the next pack says what changed since (decision 0030).
     */
    public Result export(Workspace workspace, Meeting meeting, LocalDate date, Set<PackSection> sections, Path folder,
                         boolean issue, BackgroundTask.Progress progress) {
        if (issue && workspace.isReadOnly()) {
            throw new SecretariatException("pack.error.issueReadOnly");
        }
        ExportSteps steps = (key, done, total) -> {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.message(Messages.get(key));
        };
        progress.message(Messages.get("pack.progress.gathering"));
        PackRequest request = PackGatherer.gather(workspace, meeting, date, sections);
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
            if (issue) {
                workspace.roadmaps().issuedPacks().record(IssuedPack.of(request));
            }
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

    private static final Temporaries EXPORT_TEMPORARIES = new Temporaries("part");

    /**
     * Writes to a temporary file in the target's folder and checks it reads back; deletes it if writing fails, is
     * cancelled or gives a file that would not open.
     */
    static Path write(Path target, Writing writing) {
        return write(target, writing, temp -> Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW));
    }

    /** Opens the temporary file: the seam where tests make the disk fill. */
    @FunctionalInterface
    interface Opening {
        OutputStream open(Path temp) throws IOException;
    }

    static Path write(Path target, Writing writing, Opening opening) {
        Path temp = null;
        WatchedStream watched = null;
        try {
            // Named beside the target so it is plain what it is, and for this process, so that the next export finds
            // and removes what an interrupted one left; made like any new file, so it gets normal permissions.
            EXPORT_TEMPORARIES.sweep(target.getParent());
            temp = EXPORT_TEMPORARIES.beside(target);
            watched = new WatchedStream(opening.open(temp));
            try (OutputStream out = watched) {
                writing.to(out);
            }
            if (watched.failure() != null) {
                throw watched.failure();
            }
            ExportedFiles.verify(temp, target);
            return temp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            // The disk's own error, when there was one, says more than what the writer made of it.
            Throwable cause = watched != null && watched.failure() != null ? watched.failure() : e;
            throw WriteFailures.of(target, cause).orElseThrow(() -> e instanceof RuntimeException r ? r
                    : new SecretariatException(e, "pack.error.write", target, String.valueOf(e.getMessage())));
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
