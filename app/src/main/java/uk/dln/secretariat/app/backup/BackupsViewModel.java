package uk.dln.secretariat.app.backup;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.core.backup.BackupKeeping;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.BackupSettings;

/** Tools > Backups and restore: the open workspace's backups, making one now, restoring one, how many to keep. */
public final class BackupsViewModel {

    private final Workspace workspace;
    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final RestoreFlow restores;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Integer> keep = new SimpleObjectProperty<>(this, "keep", BackupSettings.DEFAULT_KEEP);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public BackupsViewModel(Workspace workspace, WorkspaceService workspaces, TaskExecutor executor,
                            RestoreFlow restores) {
        this.workspace = workspace;
        this.workspaces = workspaces;
        this.executor = executor;
        this.restores = restores;
    }

    /** Lists the backups, newest first, and reads how many are kept. */
    public void load() {
        executor.execute(BackgroundTask.of(Messages.get("task.backup.list"), p -> BackupKeeping.of(workspace).list())
                .onSuccess(list -> {
                    backups.setAll(list.stream().map(BackupRow::of).toList());
                    if (!backups.isEmpty()) {
                        selected.set(backups.get(0));
                    }
                })
                .onFailure(this::report));
        executor.execute(BackgroundTask.of(Messages.get("task.backup.list"), p -> BackupKeeping.of(workspace).keep())
                .onSuccess(keep::set)
                .onFailure(this::report));
    }

    public void backUpNow() {
        workspaces.backUpNow(backup -> {
            message.set(Messages.get("backup.made", Formats.fileSize(backup.sizeBytes()), backup.file()));
            load();
        }, this::report);
    }

    /**
     * Asks, then restores the selected backup over the workspace.
     *
     * @return whether the restore is going ahead, so the dialog should close
     */
    public boolean restoreSelected() {
        BackupRow row = selected.get();
        if (row == null) {
            message.set(Messages.get("backup.chooseOne"));
            return false;
        }
        return restores.confirmAndRestore(workspace.file(), row.backup());
    }

    /** Stores how many daily and manual backups to keep, and deletes any beyond that now. */
    public void saveKeep() {
        int wanted = keep.get() == null ? BackupSettings.DEFAULT_KEEP : keep.get();
        executor.execute(BackgroundTask.of(Messages.get("task.backup.keep"),
                        p -> BackupKeeping.of(workspace).keepOnly(wanted))
                .onSuccess(deleted -> {
                    message.set(Messages.get("backup.keepSaved", wanted, deleted));
                    load();
                })
                .onFailure(this::report));
    }

    private void report(Throwable error) {
        message.set(Messages.describe(error));
    }

    public String workspaceName() {
        return workspace.file().getFileName().toString();
    }

    public String folder() {
        return BackupKeeping.of(workspace).folder().toString();
    }

    /** A read-only workspace can be backed up, but its backups cannot be restored over it nor its setting changed. */
    public boolean isReadOnly() {
        return workspace.isReadOnly();
    }

    public ObservableList<BackupRow> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Integer> keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
