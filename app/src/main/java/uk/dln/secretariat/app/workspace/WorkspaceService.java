package uk.dln.secretariat.app.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.RestoreResult;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;

/**
 * The workspace the app is working on. Opening happens off the FX thread; the switch to the new workspace, the
 * closing of the old one and the recent-files list are updated when it succeeds, so a failed open changes nothing.
 */
public final class WorkspaceService {

    private final TaskExecutor executor;
    private final UserPreferences preferences;
    private final ReadOnlyObjectWrapper<Workspace> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ChangesByOthers> changesByOthers =
            new ReadOnlyObjectWrapper<>(this, "changesByOthers", ChangesByOthers.NONE);

    public WorkspaceService(TaskExecutor executor, UserPreferences preferences) {
        this.executor = executor;
        this.preferences = preferences;
        // Whatever told of the last workspace's changes has nothing to say about the next one.
        current.addListener((obs, old, now) -> changesByOthers.set(ChangesByOthers.NONE));
    }

    public ReadOnlyObjectProperty<Workspace> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<Workspace> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * The one place other people's changes enter the window (decision 0046): once a shared workspace is current,
     * hand it the source of its notifications, and every open section reads again what others changed. A file has
     * one writer and needs none; opening or closing any workspace drops the source, so call this after the shared
     * workspace has become current.
     */
    public void followChangesByOthers(ChangesByOthers source) {
        changesByOthers.set(source);
    }

    /** The current workspace's source of other people's changes; {@link ChangesByOthers#NONE} for a file. */
    public ReadOnlyObjectProperty<ChangesByOthers> changesByOthersProperty() {
        return changesByOthers.getReadOnlyProperty();
    }

    /**
     * Opens the file off the FX thread, creating it if need be, and makes it current when that succeeds.
     *
     * @param onFailure told why the file could not be opened; the current workspace is then unchanged
     */
    public BackgroundTask<Workspace> open(Path file, Consumer<Throwable> onFailure) {
        return open(file, opened -> { }, onFailure);
    }

    /** As {@link #open(Path, Consumer)}, telling {@code onOpened} once the workspace is current. */
    public BackgroundTask<Workspace> open(Path file, Consumer<Workspace> onOpened, Consumer<Throwable> onFailure) {
        Path absolute = file.toAbsolutePath().normalize();
        Workspace open = current.get();
        if (open != null && open.file().equals(absolute) && !open.isReadOnly()) {
            // Already open for changes: a second open would find this very copy holding it and go read only.
            return BackgroundTask.of(Messages.get("task.workspace.open", absolute.getFileName()), progress -> open);
        }
        return executor.execute(BackgroundTask.of(Messages.get("task.workspace.open", absolute.getFileName()),
                        progress -> Workspace.open(absolute))
                .onSuccess(workspace -> {
                    switchTo(workspace);
                    onOpened.accept(workspace);
                })
                .onFailure(onFailure));
    }

    /**
     * Puts a backup in the place of a workspace and opens the result. The workspace, if open here, is closed first
     * so that nothing holds it; if the restore is refused, it is opened again as it was.
     *
     * @param onRestored told where the replaced workspace was kept
     */
    public BackgroundTask<Restored> restore(Path file, Path backup, Consumer<RestoreResult> onRestored,
                                            Consumer<Throwable> onFailure) {
        Path absolute = file.toAbsolutePath().normalize();
        Workspace open = current.get();
        boolean wasOpen = open != null && open.file().equals(absolute);
        if (wasOpen) {
            close();
        }
        return executor.execute(BackgroundTask.of(Messages.get("task.workspace.restore", absolute.getFileName()),
                        progress -> {
                            RestoreResult result = Workspace.restore(absolute, backup, Clock.systemDefaultZone());
                            return new Restored(result, Workspace.open(absolute));
                        })
                .onSuccess(restored -> {
                    switchTo(restored.workspace());
                    onRestored.accept(restored.result());
                })
                .onFailure(error -> {
                    if (wasOpen) {
                        open(absolute, reopenError -> { });
                    }
                    onFailure.accept(error);
                }));
    }

    /** The newest backup of the file that passes SQLite's check, looked for off the FX thread. */
    public BackgroundTask<Optional<Backup>> latestGoodBackup(Path file, Consumer<Optional<Backup>> onFound,
                                                             Consumer<Throwable> onFailure) {
        return executor.execute(BackgroundTask.of(Messages.get("task.backup.find"),
                        progress -> Workspace.backupsOf(file).latestGood())
                .onSuccess(onFound)
                .onFailure(onFailure));
    }

    /** Backs up the open workspace now. */
    public BackgroundTask<Backup> backUpNow(Consumer<Backup> onDone, Consumer<Throwable> onFailure) {
        Workspace open = current.get();
        return executor.execute(BackgroundTask.of(Messages.get("task.backup.make"), progress -> {
                    if (open == null) {
                        throw new SecretariatException("backup.error.noWorkspace");
                    }
                    return open.backups().create(BackupKind.MANUAL);
                })
                .onSuccess(onDone)
                .onFailure(onFailure));
    }

    /** What a restore did, and the workspace it opened. */
    public record Restored(RestoreResult result, Workspace workspace) {
    }

    private void switchTo(Workspace workspace) {
        Workspace previous = current.get();
        preferences.rememberWorkspace(workspace.file());
        current.set(workspace);
        if (previous != null && previous != workspace) {
            previous.close();
        }
    }

    public void close() {
        Workspace previous = current.get();
        current.set(null);
        if (previous != null) {
            previous.close();
        }
    }
}
