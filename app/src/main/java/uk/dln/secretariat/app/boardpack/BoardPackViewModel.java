package uk.dln.secretariat.app.boardpack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.boardpack.PackSection;

/**
 * The Board packs section: what the pack is for (its date), which sections, which folder; the export with progress
 * and Cancel; then opening what was written.
 */
public final class BoardPackViewModel {

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final FileOpener opener;
    private final PackExporter exporter = new PackExporter();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final Map<PackSection, BooleanProperty> sections = new EnumMap<>(PackSection.class);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<PackExporter.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canExport;
    private BackgroundTask<PackExporter.Result> current;

    public BoardPackViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock, FileOpener opener) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.opener = opener;
        date.set(LocalDate.now(clock));
        for (PackSection section : PackSection.values()) {
            sections.put(section, new SimpleBooleanProperty(this, section.name(), true));
        }
        folder.set(defaultFolder());
        BooleanBinding anySection = Bindings.createBooleanBinding(() -> !chosenSections().isEmpty(),
                sections.values().toArray(BooleanProperty[]::new));
        canExport = running.not().and(date.isNotNull()).and(folder.isNotNull()).and(anySection)
                .and(workspaces.currentProperty().isNotNull());
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

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, or what happened last. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The files of the last export that succeeded; null before one has. */
    public ReadOnlyObjectProperty<PackExporter.Result> resultProperty() {
        return result.getReadOnlyProperty();
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
        var workspace = workspaces.current();
        if (!canExport.get() || workspace.isEmpty()) {
            return;
        }
        LocalDate day = date.get();
        Set<PackSection> chosen = chosenSections();
        Path target = folder.get();
        running.set(true);
        result.set(null);
        progress.set(-1);
        status.set(Messages.get("pack.progress.starting"));
        var task = BackgroundTask.of(Messages.get("pack.task.export"),
                        work -> exporter.export(workspace.get(), day, chosen, target, work))
                .cancellable()
                .onSuccess(written -> {
                    result.set(written);
                    status.set(Messages.get("pack.export.done", written.pack().getFileName(),
                            written.trackers().getFileName(), target));
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
            status.set(Messages.get("pack.open.unsupported", target));
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get("pack.task.open"), work -> {
                    opener.open(target);
                    return target;
                })
                .onFailure(error -> status.set(Messages.get("pack.open.failed", target, Messages.describe(error)))));
    }
}
