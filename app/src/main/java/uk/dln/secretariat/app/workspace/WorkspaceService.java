package uk.dln.secretariat.app.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.dln.secretariat.app.core.WorkspaceRoot;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.core.shared.ServerChanges;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.RestoreResult;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.backup.BackupKind;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/**
 * The workspace the app is working on, a file or a database on a server (decision 0043). Opening and connecting
 * happen off the FX thread; the switch to the new workspace, the closing of the old one and the recent-files list are
 * updated when it succeeds, so a failed open changes nothing.
 */
public final class WorkspaceService {

    private final TaskExecutor executor;
    private final UserPreferences preferences;
    private final ReadOnlyObjectWrapper<OpenWorkspace> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ChangesByOthers> changesByOthers =
            new ReadOnlyObjectWrapper<>(this, "changesByOthers", ChangesByOthers.NONE);

    public WorkspaceService(TaskExecutor executor, UserPreferences preferences) {
        this.executor = executor;
        this.preferences = preferences;
        // Whatever told of the last workspace's changes has nothing to say about the next one.
        current.addListener((obs, old, now) -> changesByOthers.set(ChangesByOthers.NONE));
    }

    public ReadOnlyObjectProperty<OpenWorkspace> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<OpenWorkspace> current() {
        return Optional.ofNullable(current.get());
    }

    /** The open workspace's records, for screens that need nothing else of it. */
    public Optional<WorkspaceData> records() {
        return current().map(OpenWorkspace::data);
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
    public BackgroundTask<OpenWorkspace> open(Path file, Consumer<Throwable> onFailure) {
        return open(file, opened -> { }, onFailure);
    }

    /** As {@link #open(Path, Consumer)}, telling {@code onOpened} once the workspace is current. */
    public BackgroundTask<OpenWorkspace> open(Path file, Consumer<OpenWorkspace> onOpened,
                                              Consumer<Throwable> onFailure) {
        Path absolute = file.toAbsolutePath().normalize();
        OpenWorkspace open = current.get();
        if (open != null && isFile(open, absolute) && !open.isReadOnly()) {
            // Already open for changes: a second open would find this very copy holding it and go read only.
            return BackgroundTask.of(Messages.get("task.workspace.open", absolute.getFileName()), progress -> open);
        }
        return executor.execute(BackgroundTask.<OpenWorkspace>of(Messages.get("task.workspace.open",
                                absolute.getFileName()),
                        progress -> WorkspaceRoot.openFile(absolute, Clock.systemDefaultZone()))
                .onSuccess(workspace -> {
                    switchTo(workspace);
                    onOpened.accept(workspace);
                })
                .onFailure(onFailure));
    }

    /**
     * Connects to a shared workspace on a server off the FX thread and makes it current when that succeeds; when it
     * fails (a wrong password, no server, no such database, a newer schema) the current workspace stays open.
     *
     * @param password typed for this connection only, or null to use {@code ~/.pgpass}; never stored
     */
    public BackgroundTask<OpenWorkspace> connect(ServerAddress address, String password,
                                                 Consumer<OpenWorkspace> onOpened, Consumer<Throwable> onFailure) {
        return executor.execute(BackgroundTask.<OpenWorkspace>of(Messages.get("task.workspace.connect",
                                address.database(), address.host()),
                        progress -> WorkspaceRoot.connect(address, password, Clock.systemDefaultZone()))
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
        OpenWorkspace open = current.get();
        boolean wasOpen = open != null && isFile(open, absolute);
        if (wasOpen) {
            close();
        }
        return executor.execute(BackgroundTask.of(Messages.get("task.workspace.restore", absolute.getFileName()),
                        progress -> {
                            RestoreResult result = Workspace.restore(absolute, backup, Clock.systemDefaultZone());
                            return new Restored(result,
                                    WorkspaceRoot.openFile(absolute, Clock.systemDefaultZone()));
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

    /**
     * Backs up the open workspace file now. A workspace on a server has no file to copy: the failure says that it is
     * kept by a snapshot instead.
     */
    public BackgroundTask<Backup> backUpNow(Consumer<Backup> onDone, Consumer<Throwable> onFailure) {
        OpenWorkspace open = current.get();
        return executor.execute(BackgroundTask.of(Messages.get("task.backup.make"), progress -> {
                    if (open == null) {
                        throw new SecretariatException("backup.error.noWorkspace");
                    }
                    if (!(open instanceof Workspace file)) {
                        throw new SecretariatException("workspace.server.backups", open.location());
                    }
                    return file.backups().create(BackupKind.MANUAL);
                })
                .onSuccess(onDone)
                .onFailure(onFailure));
    }

    /** What a restore did, and the workspace it opened. */
    public record Restored(RestoreResult result, OpenWorkspace workspace) {
    }

    private static boolean isFile(OpenWorkspace workspace, Path file) {
        return workspace.localFile().filter(file::equals).isPresent();
    }

    private void switchTo(OpenWorkspace workspace) {
        OpenWorkspace previous = current.get();
        // A server's address is not remembered with the files: the recent list holds files to open.
        workspace.localFile().ifPresent(preferences::rememberWorkspace);
        current.set(workspace);
        if (workspace instanceof ServerWorkspace shared) {
            // Others change a shared workspace while it is open; a file has one writer and tells nothing.
            followChangesByOthers(new ServerChanges(shared));
        }
        if (previous != null && previous != workspace) {
            previous.close();
        }
    }

    public void close() {
        OpenWorkspace previous = current.get();
        current.set(null);
        if (previous != null) {
            previous.close();
        }
    }
}
