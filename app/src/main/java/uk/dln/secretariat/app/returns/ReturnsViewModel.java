package uk.dln.secretariat.app.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.returns.IssuedReturn;

/**
 * The Returns section: issue returns into a folder, see where each stands, read a returned workbook into a preview
 * and take in the changes the secretariat accepts. All file and database work runs through the task executor.
 */
public final class ReturnsViewModel {

    /** One change in the preview, with whether it is to be taken in; conflicts start unticked. */
    public record Choice(ReturnChange change, String text, BooleanProperty accepted) {
    }

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<IssuedReturn> returns = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ReturnPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
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

    public ReadOnlyObjectProperty<ReturnPreview> previewProperty() {
        return preview.getReadOnlyProperty();
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
        var workspace = workspaces.current();
        if (workspace.isEmpty()) {
            returns.clear();
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("returns.task.load"),
                        work -> workspace.get().returns().findAll())
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
        var workspace = workspaces.current();
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
        var workspace = workspaces.current();
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
        var workspace = workspaces.current();
        if (workspace.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("returns.task.read"),
                        work -> new ReturnIntake(clock).preview(workspace.get(), file))
                .onSuccess(read -> {
                    choices.setAll(read.changes().stream().map(change -> new Choice(change,
                            ReturnChangeText.of(change), new SimpleBooleanProperty(!change.conflict()))).toList());
                    preview.set(read);
                    status.set(read.isRefused() ? Messages.get("returns.view.refused", file.getFileName())
                            : Messages.get("returns.view.read", file.getFileName(), read.changes().size(),
                                    read.conflicts()));
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Ticks every change that is not a conflict. */
    public void acceptAll() {
        choices.forEach(choice -> choice.accepted().set(!choice.change().conflict()));
    }

    /** Stores the ticked changes of the previewed return in one transaction, then closes the preview. */
    public void takeIn() {
        var workspace = workspaces.current();
        ReturnPreview read = preview.get();
        if (workspace.isEmpty() || read == null || read.isRefused()) {
            return;
        }
        List<ReturnChange> accepted = choices.stream().filter(c -> c.accepted().get()).map(Choice::change).toList();
        executor.execute(BackgroundTask.of(Messages.get("returns.task.takeIn"),
                        work -> new ReturnIntake(clock).takeIn(workspace.get(), read, accepted))
                .onSuccess(stored -> {
                    status.set(Messages.get("returns.view.stored", stored, read.issued().organisation()));
                    discard();
                    reload();
                })
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Closes the preview without storing anything. */
    public void discard() {
        choices.clear();
        preview.set(null);
    }
}
