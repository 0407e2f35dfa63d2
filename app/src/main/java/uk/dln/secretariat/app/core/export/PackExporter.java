package uk.dln.secretariat.app.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.i18n.DocumentMessages;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.InaccessiblePaper;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.files.Temporaries;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.pdf.LibreOffice;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/**
 * Exports a board pack, its trackers and the agenda's papers into a folder, with LibreOffice also the one-PDF pack,
 * for the app and the command line alike. Each file is written to a temporary file beside its final name, read back
 * part by part, and moved into place only when complete and sound, so a cancelled or failed export leaves no
 * half-written file and never damages an earlier export of the same name.
 */
@UseCase
public final class PackExporter {

    /**
     * The files written.
     *
     * @param papers              the agenda items' files, under their export names, in agenda order
     * @param pdf                 the one-PDF pack, when asked for and LibreOffice was found
     * @param pdfNeedsLibreOffice the PDF was asked for but LibreOffice was not found, so everything else was written
     * @param inaccessiblePapers  the papers a screen reader cannot read well, which the pack's contents mark: an
     *                            accessible version is to be asked for before the pack is issued
     */
    public record Result(Path pack, Path trackers, List<Path> papers, Optional<Path> pdf,
                         boolean pdfNeedsLibreOffice, List<InaccessiblePaper> inaccessiblePapers) {

        public Result {
            papers = List.copyOf(papers);
            inaccessiblePapers = List.copyOf(inaccessiblePapers);
        }

        /** Which paper may not be accessible and why, one sentence each, for the view and the command line. */
        public List<String> accessibilityNotices() {
            return accessibilityNotices(Messages.current());
        }

        /** The same, in the language of the messages given: the reason's words are the documents' own. */
        public List<String> accessibilityNotices(Messages messages) {
            var texts = ReportTexts.of(messages.locale().getLanguage().equals("cy") ? DocumentLanguage.WELSH
                    : DocumentLanguage.ENGLISH);
            return inaccessiblePapers.stream().map(paper -> messages.text("pack.export.notAccessible",
                    paper.fileName(), PaperAccessibility.reason(texts, paper.problem(), paper.count()))).toList();
        }
    }

    /**
     * What else the export makes.
     *
     * @param pdf         whether to make the one-PDF pack
     * @param libreOffice renders the pack for the contents page's numbers and the PDF; without it the contents
     *                    store no numbers and no PDF can be made (decision 0022)
     * @param issue       whether this is the pack as issued to the network (decision 0030)
     * @param language    the language the files are written in; empty for the network's default (decision 0036)
     */
    public record Options(boolean pdf, Optional<LibreOffice> libreOffice, boolean issue,
                          Optional<DocumentLanguage> language) {

        /** The Word pack and trackers only, its contents storing no page numbers, not issued. */
        public static final Options WORD_AND_EXCEL = new Options(false, Optional.empty());

        public Options(boolean pdf, Optional<LibreOffice> libreOffice) {
            this(pdf, libreOffice, false);
        }

        public Options(boolean pdf, Optional<LibreOffice> libreOffice, boolean issue) {
            this(pdf, libreOffice, issue, Optional.empty());
        }

        /** The same, written in the language given rather than the network's default; null keeps the default. */
        public Options inLanguage(DocumentLanguage chosen) {
            return new Options(pdf, libreOffice, issue, Optional.ofNullable(chosen).or(() -> language));
        }

        /** With LibreOffice wherever this machine has it. */
        public static Options located(boolean pdf) {
            return new Options(pdf, LibreOffice.locate());
        }

        /** The same, with the pack issued to the network (remembered, for the next pack to compare with) or not. */
        public Options issuing(boolean issued) {
            return new Options(pdf, libreOffice, issued, language);
        }
    }

    /** A file being written. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

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
    public String markingNotice(WorkspaceData workspace, Meeting meeting) {
        return DocumentMarkings.notice(PackGatherer.marking(workspace, meeting, LocalDate.now(clock)));
    }

    /** The meetings a pack or a document can be for, as the Board packs section and {@code export} offer them. */
    public List<Meeting> meetings(WorkspaceData workspace) {
        return workspace.meetings().findAll();
    }

    /** The language the workspace writes its documents in, unless an export names another. */
    public DocumentLanguage documentLanguage(WorkspaceData workspace) {
        return workspace.settings().documentLanguage();
    }

    /**
     * @param progress told of each step; when it says the export was cancelled, the export stops with
     *                 {@link CancelledException} and nothing is left behind
     */
    public Result export(WorkspaceData workspace, LocalDate date, Set<PackSection> sections, Path folder,
                         Progress progress) {
        return export(workspace, date, sections, folder, Options.WORD_AND_EXCEL, progress);
    }

    /** The pack for the meeting on the day, if any, issued or not. */
    public Result export(WorkspaceData workspace, LocalDate date, Set<PackSection> sections, Path folder, boolean issue,
                         Progress progress) {
        return export(workspace, date, sections, folder, Options.WORD_AND_EXCEL.issuing(issue), progress);
    }

    public Result export(WorkspaceData workspace, LocalDate date, Set<PackSection> sections, Path folder,
                         Options options, Progress progress) {
        Meeting meeting = MeetingChoice.onDate(meetings(workspace), date).orElse(null);
        return export(workspace, meeting, date, sections, folder, options, progress);
    }

    /**
     * The pack for a meeting, as at its date.
     *
     * @param meeting null for a pack with no meeting: its meeting sections then say so
     */
    public Result export(WorkspaceData workspace, Meeting meeting, LocalDate date, Set<PackSection> sections,
                         Path folder, Progress progress) {
        return export(workspace, meeting, date, sections, folder, Options.WORD_AND_EXCEL, progress);
    }

    /** As above, issued or not (see {@link Options#issue()}). */
    public Result export(WorkspaceData workspace, Meeting meeting, LocalDate date, Set<PackSection> sections,
                         Path folder, boolean issue, Progress progress) {
        return export(workspace, meeting, date, sections, folder, Options.WORD_AND_EXCEL.issuing(issue), progress);
    }

    /**
     * The pack for a meeting, its papers, and with LibreOffice the contents' page numbers and the one PDF. When the
     * options say the pack is issued, once every file is in place the workspace records what the pack said, and the
     * next pack says what changed since (decision 0030).
     */
    public Result export(WorkspaceData workspace, Meeting meeting, LocalDate date, Set<PackSection> sections,
                         Path folder, Options options, Progress progress) {
        if (options.issue() && workspace.isReadOnly()) {
            throw new SecretariatException("pack.error.issueReadOnly");
        }
        Runnable stopIfCancelled = progress::stopIfCancelled;
        ExportSteps steps = (key, done, total) -> {
            stopIfCancelled.run();
            progress.message(Messages.get(key));
        };
        progress.message(Messages.get("pack.progress.gathering"));
        var language = options.language().orElseGet(() -> documentLanguage(workspace));
        Texts texts = ReportTexts.of(language);
        // The files are named in the documents' language, not the window's (Welsh for bilingual: decision 0036).
        var names = DocumentMessages.forFileNames(language);
        PackRequest request = PackGatherer.gather(workspace, meeting, date, sections, LocalDate.now(clock), texts);
        checkFolder(folder);
        Path pack = folder.resolve(names.text("pack.file.pack", date.toString()));
        Path trackers = folder.resolve(names.text("pack.file.trackers", date.toString()));
        Path pdf = folder.resolve(names.text("pack.file.pdf", date.toString()));
        boolean rendering = options.libreOffice().isPresent();
        boolean makingPdf = options.pdf() && rendering;
        int total = 4 + (rendering ? 1 : 0) + (makingPdf ? 1 : 0);
        progress.update(1, total);
        Path packTemp = null;
        Path trackersTemp = null;
        Path pdfTemp = null;
        List<PaperCopies.Item> papers = List.of();
        try {
            // The papers first: the pack's contents mark those a screen reader cannot read well.
            progress.message(Messages.get("pack.progress.papers"));
            papers = request.includes(PackSection.PAPERS) && request.meeting().isPresent()
                    ? PaperCopies.write(workspace, request.meeting().get(), folder, stopIfCancelled) : List.of();
            PackRequest marked = request.withInaccessiblePapers(PaperCopies.inaccessible(papers));
            progress.update(2, total);
            // The charts are drawn on a thread of their own while the pack is written (decision 0053), and that
            // thread then writes the trackers, which need none, while the pack is finished (decision 0056). Closing
            // stops whatever has not begun and deletes what was written if the export stops.
            var packWriter = new BoardPackWriter(texts);
            try (var charts = packWriter.startDrawingCharts(marked);
                 var trackersAlongside = FileAlongside.queue(charts, trackers,
                         trackerSteps -> out -> new TrackerWorkbookWriter(texts).write(marked, out, trackerSteps),
                         stopIfCancelled)) {
                packTemp = write(pack, out -> packWriter.write(marked, charts, out, steps));
                progress.update(3, total);
                trackersTemp = trackersAlongside.take();
            }
            if (rendering) {
                try (var office = new LibreOfficePass(texts, options.libreOffice().get())) {
                    progress.message(Messages.get("pack.progress.rendering"));
                    packTemp = office.numberContents(pack, packTemp, makingPdf, stopIfCancelled);
                    progress.update(4, total);
                    if (makingPdf) {
                        progress.message(Messages.get("pack.progress.pdf"));
                        pdfTemp = office.pdf(pdf, papers.stream().map(PaperCopies.Item::forPdf).toList(),
                                request.marking().label(), stopIfCancelled);
                        progress.update(5, total);
                    }
                }
            }
            stopIfCancelled.run();
            moveIntoPlace(packTemp, pack);
            moveIntoPlace(trackersTemp, trackers);
            var written = new ArrayList<Path>();
            for (PaperCopies.Item item : papers) {
                for (PaperCopies.Copy copy : item.copies()) {
                    moveIntoPlace(copy.temp(), copy.target());
                    written.add(copy.target());
                }
            }
            if (pdfTemp != null) {
                moveIntoPlace(pdfTemp, pdf);
            }
            if (options.issue()) {
                workspace.roadmaps().issuedPacks().record(IssuedPack.of(request));
            }
            progress.update(total, total);
            return new Result(pack, trackers, written, Optional.ofNullable(pdfTemp).map(t -> pdf),
                    options.pdf() && !rendering, PaperCopies.inaccessible(papers));
        } catch (IOException e) {
            throw new SecretariatException("pack.error.write", folder, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(packTemp);
            deleteQuietly(trackersTemp);
            deleteQuietly(pdfTemp);
            PaperCopies.deleteAll(papers);
        }
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
        return write(target, writing, PackExporter::open);
    }

    /**
     * A department's file, written byte for byte to a temporary file beside its target like every file of the export,
     * but never read back as ours are: whether a paper is a sound .docx is its author's business, and a paper Word
     * opens but our strict reader would refuse (or a broken one) must still reach the reader as it was attached.
     */
    static Path copy(Path target, byte[] content) {
        return write(target, out -> out.write(content), PackExporter::open, written -> {
        });
    }

    private static OutputStream open(Path temp) throws IOException {
        return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
    }

    /** Opens the temporary file: the seam where tests make the disk fill. */
    @FunctionalInterface
    interface Opening {
        OutputStream open(Path temp) throws IOException;
    }

    /** What is checked of a file once written, before it may take its target's name. */
    @FunctionalInterface
    private interface ReadBack {
        void check(Path written);
    }

    static Path write(Path target, Writing writing, Opening opening) {
        return write(target, writing, opening, written -> ExportedFiles.verify(written, target));
    }

    private static Path write(Path target, Writing writing, Opening opening, ReadBack readBack) {
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
            readBack.check(temp);
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

    static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(PackExporter::deleteQuietly);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Left in the system's temporary folder, which is cleaned in time.
        }
    }
}
