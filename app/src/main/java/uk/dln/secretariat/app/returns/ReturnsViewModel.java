package uk.dln.secretariat.app.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.core.returns.ReturnChange;
import uk.dln.secretariat.app.core.returns.ReturnChangeText;
import uk.dln.secretariat.app.core.returns.ReturnChasers;
import uk.dln.secretariat.app.core.returns.ReturnCycle;
import uk.dln.secretariat.app.core.returns.ReturnIntake;
import uk.dln.secretariat.app.core.returns.ReturnIssuer;
import uk.dln.secretariat.app.core.returns.ReturnPreview;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The Returns section: issue returns into a folder, see where each stands, read returned workbooks into a preview
 * and take in the changes the secretariat accepts. All file and database work runs through the task executor.
 */
public final class ReturnsViewModel {

    /** One change in the preview, with whether it is to be taken in; conflicts start unticked. */
    public record Choice(ReturnPreview preview, ReturnChange change, String text, BooleanProperty accepted) {
    }

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<IssuedReturn> returns = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<ReturnPreview> previews = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();

    public ReturnsViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock, Path defaultFolder) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.clock = clock;
        due.set(LocalDate.now(clock).plusWeeks(2));
        folder.set(defaultFolder);
        workspaces.currentProperty().addListener((obs, old, opened) -> reload());
        reload();
    }

    /** The current cycle: each organisation's latest return and where it stands. */
    public ObservableList<IssuedReturn> returns() {
        return returns;
    }

    private final uk.dln.secretariat.app.forms.FieldErrors errors = new uk.dln.secretariat.app.forms.FieldErrors("due");

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The returns read into the preview, one per file, refused ones included. */
    public ObservableList<ReturnPreview> previews() {
        return previews;
    }

    /** Each refused file with its reasons, one a line. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The state a row shows, in words (never colour alone). */
    public String stateText(IssuedReturn issued) {
        if (issued.overdueOn(LocalDate.now(clock))) {
            return Messages.get("returns.state.overdue");
        }
        return Messages.get(switch (issued.state()) {
            case OUTSTANDING -> "returns.state.outstanding";
            case RECEIVED -> "returns.state.received";
            case TAKEN_IN -> "returns.state.takenIn";
        });
    }

    public void reload() {
        var workspace = workspaces.records();
        if (workspace.isEmpty()) {
            returns.clear();
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("returns.task.load"),
                        work -> ReturnCycle.current(workspace.get()))
                .onSuccess(returns::setAll)
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Where a deadline typed as a day that does not exist is refused, and kept as typed. */
    public uk.dln.secretariat.app.forms.FieldErrors errors() {
        return errors;
    }

    /** Issues a return to every member organisation with something to report. */
    public void issue() {
        if (errors.refusesInput()) {
            return;
        }
        var workspace = workspaces.records();
        if (workspace.isEmpty() || due.get() == null || folder.get() == null) {
            return;
        }
        LocalDate deadline = due.get();
        Path into = folder.get();
        executor.execute(BackgroundTask.of(Messages.get("returns.task.issue"),
                        work -> new ReturnIssuer(clock).issue(workspace.get(), null, deadline, into))
                .onSuccess(issued -> {
                    status.set(Messages.get("returns.view.issued", issued.size(), into));
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Writes a chaser for each return not yet received, into the returns folder's chasers folder. */
    public void chase() {
        var workspace = workspaces.records();
        if (workspace.isEmpty() || folder.get() == null) {
            return;
        }
        Path into = folder.get();
        executor.execute(BackgroundTask.of(Messages.get("returns.task.chase"),
                        work -> new ReturnChasers(clock).write(workspace.get(), into))
                .onSuccess(written -> {
                    status.set(Messages.get("returns.view.chased", written.size(), into.resolve("chasers")));
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Reads a returned workbook into the preview; nothing is stored. */
    public void read(Path file) {
        read(List.of(file));
    }

    /**
     * Reads several returned workbooks into one preview, as {@code returns import FILE...} does; nothing is stored.
     * A file that cannot be read is refused on its own, with its reason, and the others are still previewed.
     */
    public void read(List<Path> files) {
        var workspace = workspaces.records();
        if (workspace.isEmpty() || files.isEmpty()) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        executor.execute(BackgroundTask.of(Messages.get("returns.task.read"),
                        work -> chosen.stream().map(file -> previewOf(workspace.get(), file)).toList())
                .onSuccess(read -> {
                    choices.setAll(read.stream().flatMap(one -> one.changes().stream().map(change -> new Choice(
                            one, change, ReturnChangeText.of(change), new SimpleBooleanProperty(!change.conflict()))))
                            .toList());
                    previews.setAll(read);
                    problems.set(problemsOf(read));
                    status.set(statusOf(read));
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    private ReturnPreview previewOf(WorkspaceData workspace, Path file) {
        try {
            return new ReturnIntake(clock).preview(workspace, file);
        } catch (RuntimeException error) {
            // One unreadable file must not keep the others out of the preview.
            return ReturnPreview.refused(file, null, List.of(Messages.describe(error)));
        }
    }

    private static String statusOf(List<ReturnPreview> read) {
        if (read.size() == 1) {
            var one = read.get(0);
            return one.isRefused() ? Messages.get("returns.view.refused", one.file().getFileName())
                    : Messages.get("returns.view.read", one.file().getFileName(), one.changes().size(),
                            one.conflicts());
        }
        return Messages.get("returns.view.readMany", read.size(),
                read.stream().mapToInt(one -> one.changes().size()).sum(),
                read.stream().mapToLong(ReturnPreview::conflicts).sum(),
                read.stream().filter(ReturnPreview::isRefused).count());
    }

    /** Each refused file by name, then its reasons; a single file's name is already in the heading. */
    private static String problemsOf(List<ReturnPreview> read) {
        return read.stream().filter(ReturnPreview::isRefused)
                .map(one -> read.size() == 1 ? String.join("\n", one.problems())
                        : Messages.get("returns.preview.refusedHeading", one.file().getFileName()) + "\n  "
                                + String.join("\n  ", one.problems()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The preview's heading: the one return read, or how many were read. */
    public String previewHeading() {
        if (previews.isEmpty()) {
            return "";
        }
        if (previews.size() == 1) {
            var read = previews.get(0);
            return read.isRefused() ? Messages.get("returns.preview.refusedHeading", read.file().getFileName())
                    : Messages.get("returns.preview.heading", read.issued().organisation(), read.changes().size(),
                            read.conflicts());
        }
        return Messages.get("returns.preview.headingMany", previews.size(),
                previews.stream().mapToInt(one -> one.changes().size()).sum(),
                previews.stream().mapToLong(ReturnPreview::conflicts).sum(),
                previews.stream().filter(ReturnPreview::isRefused).count());
    }

    /** Ticks every change that is not a conflict. */
    public void acceptAll() {
        choices.forEach(choice -> choice.accepted().set(!choice.change().conflict()));
    }

    /**
     * Stores the ticked changes of each previewed return that was not refused, each return in its own transaction
     * (as the command line does), so a return that fails to store keeps none of the others out; then closes the
     * preview.
     */
    public void takeIn() {
        var workspace = workspaces.records();
        List<ReturnPreview> accepted = previews.stream().filter(read -> !read.isRefused()).toList();
        if (workspace.isEmpty() || accepted.isEmpty()) {
            return;
        }
        var ticked = new java.util.IdentityHashMap<ReturnPreview, List<ReturnChange>>();
        accepted.forEach(read -> ticked.put(read, choices.stream()
                .filter(c -> c.preview() == read && c.accepted().get()).map(Choice::change).toList()));
        executor.execute(BackgroundTask.of(Messages.get("returns.task.takeIn"),
                        work -> takeIn(workspace.get(), accepted, ticked))
                .onSuccess(text -> {
                    status.set(text);
                    discard();
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    private String takeIn(WorkspaceData workspace, List<ReturnPreview> accepted,
                          Map<ReturnPreview, List<ReturnChange>> ticked) {
        var intake = new ReturnIntake(clock);
        int stored = 0;
        int returnsStored = 0;
        var failures = new ArrayList<String>();
        for (ReturnPreview read : accepted) {
            try {
                stored += intake.takeIn(workspace, read, ticked.get(read));
                returnsStored++;
            } catch (RuntimeException error) {
                failures.add(Messages.get("returns.view.notTakenIn", read.file().getFileName(),
                        Messages.describe(error)));
            }
        }
        String text = accepted.size() == 1 && failures.isEmpty()
                ? Messages.get("returns.view.stored", stored, accepted.get(0).issued().organisation())
                : Messages.get("returns.view.storedMany", stored, returnsStored);
        failures.add(0, text);
        return String.join("\n", failures);
    }

    /** Closes the preview without storing anything. */
    public void discard() {
        choices.clear();
        previews.clear();
        problems.set("");
    }
}
