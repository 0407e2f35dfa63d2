package uk.dln.secretariat.app.boardpack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.core.export.DocumentExporter;
import uk.dln.secretariat.app.core.export.MeetingChoice;
import uk.dln.secretariat.app.core.export.MeetingGatherer;
import uk.dln.secretariat.app.core.export.PackExporter;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/**
 * The Board packs section: what the pack is for (its date), which sections, which folder; the export with progress
 * and Cancel; then opening what was written.
 */
public final class BoardPackViewModel {

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final FileOpener opener;
    private final PackExporter exporter;
    /** The files' language: the network's default once read, which one export may change (decision 0036). */
    private final ObjectProperty<DocumentLanguage> language =
            new SimpleObjectProperty<>(this, "language", DocumentLanguage.ENGLISH);
    private final Clock clock;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final ObservableList<AgendaEntry> papers = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaEntry> paper = new SimpleObjectProperty<>(this, "paper");
    private final ReadOnlyObjectWrapper<Path> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final Map<PackSection, BooleanProperty> sections = new EnumMap<>(PackSection.class);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BooleanProperty issue = new SimpleBooleanProperty(this, "issue", false);
    private final StringProperty folderText = new SimpleStringProperty(this, "folderText", "");
    private final ReadOnlyStringWrapper folderProblem = new ReadOnlyStringWrapper(this, "folderProblem", "");
    private boolean folderFromText;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper markingNotice = new ReadOnlyStringWrapper(this, "markingNotice", "");
    private final ReadOnlyObjectWrapper<PackExporter.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanProperty pdf = new SimpleBooleanProperty(this, "pdf", false);
    private final ReadOnlyBooleanWrapper libreOfficeFound = new ReadOnlyBooleanWrapper(this, "libreOfficeFound");
    private final BooleanBinding canExport;
    private Optional<LibreOffice> libreOffice = Optional.empty();
    private BackgroundTask<PackExporter.Result> current;

    public BoardPackViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock, FileOpener opener) {
        this(workspaces, executor, clock, opener, LibreOffice::locate);
    }

    /** @param libreOffice finds LibreOffice, which the contents' page numbers and the one PDF need */
    public BoardPackViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock, FileOpener opener,
                              Supplier<Optional<LibreOffice>> libreOffice) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.opener = opener;
        this.clock = clock;
        this.exporter = new PackExporter(clock);
        date.set(LocalDate.now(clock));
        meeting.addListener((obs, old, chosen) -> meetingChosen(chosen));
        workspaces.currentProperty().addListener((obs, old, opened) -> reload());
        for (PackSection section : PackSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.name(), true));
        }
        folder.addListener((obs, old, chosen) -> {
            if (chosen != null && !folderFromText) {
                folderText.set(chosen.toString());
            }
        });
        folderText.addListener((obs, old, typed) -> checkFolder(typed));
        folder.set(defaultFolder());
        BooleanBinding anySection = Bindings.createBooleanBinding(() -> !chosenSections().isEmpty(),
                sections.values().toArray(BooleanProperty[]::new));
        canExport = running.not().and(date.isNotNull()).and(folder.isNotNull()).and(anySection)
                .and(workspaces.currentProperty().isNotNull());
        if (workspaces.current().isPresent()) {
            reload();
        }
        // Looking through the usual install folders touches the disk: not on the FX thread.
        executor.execute(BackgroundTask.of(Messages.get("pack.task.libreOffice"), work -> libreOffice.get())
                .onSuccess(found -> {
                    this.libreOffice = found;
                    libreOfficeFound.set(found.isPresent());
                    pdf.set(found.isPresent());
                }));
    }

    /**
     * A typed folder is checked (exists, is a folder, writable) and used only once it passes; until then the export
     * waits and the message under the field says what is wrong.
     */
    private void checkFolder(String typed) {
        executor.execute(BackgroundTask.of(Messages.get("pack.task.checkFolder"),
                        work -> PackFolderCheck.problem(typed))
                .onSuccess(problem -> {
                    if (!java.util.Objects.equals(typed, folderText.get())) {
                        return;
                    }
                    folderProblem.set(problem.orElse(""));
                    folderFromText = true;
                    try {
                        folder.set(problem.isEmpty() ? Path.of(typed.strip()) : null);
                    } finally {
                        folderFromText = false;
                    }
                }));
    }

    /** Reads the meetings again (they change in the Meetings section) and keeps the choice, else the next one. */
    public void reload() {
        var workspace = workspaces.records();
        if (workspace.isEmpty()) {
            meetings.clear();
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("pack.task.meetings"),
                        work -> exporter.documentLanguage(workspace.get()))
                .onSuccess(language::set));
        long keep = meeting.get() == null ? 0 : meeting.get().id();
        executor.execute(BackgroundTask.of(Messages.get("pack.task.meetings"),
                        work -> exporter.meetings(workspace.get()))
                .onSuccess(all -> {
                    meetings.setAll(all.stream().sorted(Comparator.comparing(Meeting::date).reversed()).toList());
                    meeting.set(all.stream().filter(m -> m.id() == keep).findFirst()
                            .or(() -> MeetingChoice.nextFrom(all, LocalDate.now(clock))).orElse(null));
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** The pack is for the meeting's day; its papers are offered for a cover sheet of their own. */
    private void meetingChosen(Meeting chosen) {
        papers.clear();
        paper.set(null);
        markingNotice.set("");
        var workspace = workspaces.records();
        if (chosen == null || workspace.isEmpty()) {
            return;
        }
        date.set(chosen.date());
        executor.execute(BackgroundTask.of(Messages.get("pack.task.meetings"),
                        work -> exporter.markingNotice(workspace.get(), chosen))
                .onSuccess(notice -> {
                    if (chosen.equals(meeting.get())) {
                        markingNotice.set(notice);
                    }
                })
                .onFailure(error -> status.set(Messages.describe(error))));
        executor.execute(BackgroundTask.of(Messages.get("pack.task.meetings"),
                        work -> new MeetingGatherer(workspace.get()).agenda(chosen))
                .onSuccess(agenda -> {
                    if (chosen.equals(meeting.get())) {
                        // The previous minutes and action log are papers too, but have no cover sheet of their own.
                        papers.setAll(agenda.stream().filter(AgendaEntry::hasPaper)
                                .filter(e -> e.line().item().standing() == null).toList());
                        paper.set(papers.isEmpty() ? null : papers.get(0));
                    }
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Exports the chosen meeting's agenda, minutes, or the chosen paper's cover sheet, into the folder. */
    public void exportDocument(MeetingDocument kind) {
        var workspace = workspaces.records();
        Meeting chosen = meeting.get();
        AgendaEntry chosenPaper = paper.get();
        Path target = folder.get();
        if (workspace.isEmpty() || chosen == null || target == null || running.get()
                || (kind == MeetingDocument.COVER_SHEET && chosenPaper == null)) {
            return;
        }
        int number = chosenPaper == null ? 0 : chosenPaper.line().reference().paper();
        var documents = new DocumentExporter(language.get());
        running.set(true);
        document.set(null);
        status.set(Messages.get("pack.progress.starting"));
        executor.execute(BackgroundTask.of(Messages.get("pack.task.document"),
                        work -> {
                            var notices = new StringBuilder();
                            Path written = documents.export(workspace.get(), chosen, kind, number, target,
                                    notice -> notices.append(' ').append(notice));
                            return new WrittenDocument(written, notices.toString());
                        })
                .onSuccess(written -> {
                    document.set(written.file());
                    status.set(Messages.get("pack.export.documentDone", written.file().getFileName(), target)
                            + written.notice());
                })
                .onFailure(error -> status.set(Messages.get("pack.export.failed", Messages.describe(error))))
                .onFinished(() -> running.set(false)));
    }

    /** A document written alone, with what raised its marking, if anything did. */
    private record WrittenDocument(Path file, String notice) {
    }

    public void openDocument() {
        if (document.get() != null) {
            open(document.get());
        }
    }

    /** Minutes exist once the meeting has been held. */
    public BooleanBinding minutesAvailableProperty() {
        return Bindings.createBooleanBinding(() -> meeting.get() != null
                && meeting.get().status().compareTo(MeetingStatus.HELD) >= 0, meeting);
    }

    /** The meetings to choose from, latest first. */
    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    /** The meeting the pack is for; null for a pack of the roadmap sections on a day. */
    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    /** The chosen meeting's papers, for a cover sheet on its own. */
    public ObservableList<AgendaEntry> papers() {
        return papers;
    }

    public ObjectProperty<AgendaEntry> paperProperty() {
        return paper;
    }

    /** The single document written last; null before one has been. */
    public ReadOnlyObjectProperty<Path> documentProperty() {
        return document.getReadOnlyProperty();
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty sectionProperty(PackSection section) {
        return sections.get(section);
    }

    /** Whether the export is the pack as issued: then the workspace remembers what it said. */
    public BooleanProperty issueProperty() {
        return issue;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The folder as typed; a folder chosen with the chooser appears here too. */
    public StringProperty folderTextProperty() {
        return folderText;
    }

    /** What is wrong with the typed folder, in words; empty when the pack can be written there. */
    public ReadOnlyStringProperty folderProblemProperty() {
        return folderProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * "Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)10/03 ..." when something the chosen meeting's pack
     * reproduces raises its marking above the network's and the meeting's; empty otherwise.
     */
    public ReadOnlyStringProperty markingNoticeProperty() {
        return markingNotice.getReadOnlyProperty();
    }

    /** What is happening, or what happened last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The files of the last export that succeeded; null before one has. */
    public ReadOnlyObjectProperty<PackExporter.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether to make the one PDF with the papers too; on by default when LibreOffice is found. */
    /** The language the pack, its trackers and single documents are written in. */
    public ObjectProperty<DocumentLanguage> languageProperty() {
        return language;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public ReadOnlyBooleanProperty libreOfficeFoundProperty() {
        return libreOfficeFound.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    Set<PackSection> chosenSections() {
        var chosen = EnumSet.noneOf(PackSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        return chosen;
    }

    /** Exports in the background; the files appear only when both are complete. */
    public void export() {
        var workspace = workspaces.records();
        if (!canExport.get() || workspace.isEmpty()) {
            return;
        }
        LocalDate day = date.get();
        Meeting forMeeting = meeting.get() != null && meeting.get().date().equals(day) ? meeting.get() : null;
        Set<PackSection> chosen = chosenSections();
        Path target = folder.get();
        var options = new PackExporter.Options(pdf.get(), libreOffice, issue.get()).inLanguage(language.get());
        running.set(true);
        result.set(null);
        progress.set(-1);
        status.set(Messages.get("pack.progress.starting"));
        var task = BackgroundTask.of(Messages.get("pack.task.export"),
                        work -> forMeeting == null ? exporter.export(workspace.get(), day, chosen, target, options, work)
                                : exporter.export(workspace.get(), forMeeting, day, chosen, target, options, work))
                .cancellable()
                .onSuccess(written -> {
                    result.set(written);
                    status.set(doneMessage(written, target, options.issue()));
                    // Issuing once is the usual case: the next export is a draft unless chosen again.
                    issue.set(false);
                })
                .onCancelled(() -> status.set(Messages.get("pack.export.cancelled")))
                .onFailure(error -> status.set(Messages.get("pack.export.failed", Messages.describe(error))))
                .onFinished(() -> {
                    running.set(false);
                    progress.set(0);
                    current = null;
                });
        current = task;
        task.progressProperty().addListener((obs, old, now) -> progress.set(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> status.set(now));
        executor.execute(task);
    }

    /** Which files were written where, and whether the PDF asked for needs LibreOffice. */
    private static String doneMessage(PackExporter.Result written, Path target, boolean issued) {
        var message = new StringBuilder(Messages.get(issued ? "pack.export.issued" : "pack.export.done",
                written.pack().getFileName(),
                written.trackers().getFileName(), target));
        if (!written.papers().isEmpty()) {
            message.append(Messages.get("pack.export.papers", written.papers().size()));
        }
        written.pdf().ifPresent(file -> message.append(Messages.get("pack.export.pdfDone", file.getFileName())));
        written.accessibilityNotices().forEach(notice -> message.append(' ').append(notice));
        if (written.pdfNeedsLibreOffice()) {
            message.append(' ').append(Messages.get("pack.pdf.needsLibreOffice"));
        }
        return message.toString();
    }

    /** Asks the running export to stop; it stops before the next section and leaves no file behind. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            status.set(Messages.get("pack.progress.cancelling"));
        }
    }

    public void openFolder() {
        open(folder.get());
    }

    public void openPack() {
        if (result.get() != null) {
            open(result.get().pack());
        }
    }

    public void openPdf() {
        if (result.get() != null) {
            result.get().pdf().ifPresent(this::open);
        }
    }

    public void openTrackers() {
        if (result.get() != null) {
            open(result.get().trackers());
        }
    }

    private void open(Path target) {
        if (target == null) {
            return;
        }
        if (!opener.isSupported()) {
            // Said where the person will see it, and logged so a support call can find out why.
            org.slf4j.LoggerFactory.getLogger(BoardPackViewModel.class).info(
                    "Cannot open {}: this desktop has no program registered to open files", target);
            status.set(Messages.get("pack.open.unsupported", target));
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("pack.task.open"), work -> {
                    opener.open(target);
                    return target;
                })
                .onFailure(error -> {
                    org.slf4j.LoggerFactory.getLogger(BoardPackViewModel.class).warn("Could not open {}", target,
                            error);
                    status.set(Messages.get("pack.open.failed", target, Messages.describe(error)));
                }));
    }
}
