package uk.dln.secretariat.app.workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.persistence.Workspace;

/**
 * The workspace the app is working on. Opening happens off the FX thread; the switch to the new workspace, the
 * closing of the old one and the recent-files list are updated when it succeeds, so a failed open changes nothing.
 */
public final class WorkspaceService {

    private final TaskExecutor executor;
    private final UserPreferences preferences;
    private final ReadOnlyObjectWrapper<Workspace> current = new ReadOnlyObjectWrapper<>(this, "current");

    public WorkspaceService(TaskExecutor executor, UserPreferences preferences) {
        this.executor = executor;
        this.preferences = preferences;
    }

    public ReadOnlyObjectProperty<Workspace> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<Workspace> current() {
        return Optional.ofNullable(current.get());
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
        return executor.execute(BackgroundTask.of(Messages.get("task.workspace.open", absolute.getFileName()),
                        progress -> Workspace.open(absolute))
                .onSuccess(workspace -> {
                    switchTo(workspace);
                    onOpened.accept(workspace);
                })
                .onFailure(onFailure));
    }

    private void switchTo(Workspace workspace) {
        Workspace previous = current.get();
        preferences.rememberWorkspace(workspace.file());
        current.set(workspace);
        if (previous != null) {
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
