package uk.dln.secretariat.app;

import java.time.Clock;
import javafx.application.Platform;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;

/**
 * Every service the app uses, built in one place and handed to views and view models by constructor. Tests build
 * one with a same-thread executor, scripted dialogs and their own preferences.
 */
public final class Services {

    private final TaskExecutor executor;
    private final UserPreferences preferences;
    private final AppDirectories directories;
    private final DialogService dialogs;
    private final WorkspaceService workspaces;
    private final Clock clock;
    private final ChangeDelivery changesByOthers;

    public Services(TaskExecutor executor, UserPreferences preferences, AppDirectories directories,
                    DialogService dialogs) {
        this(executor, preferences, directories, dialogs, Clock.systemDefaultZone());
    }

    public Services(TaskExecutor executor, UserPreferences preferences, AppDirectories directories,
                    DialogService dialogs, Clock clock) {
        this.clock = clock;
        this.executor = executor;
        this.preferences = preferences;
        this.directories = directories;
        this.dialogs = dialogs;
        this.workspaces = new WorkspaceService(executor, preferences);
        this.changesByOthers = new ChangeDelivery(Platform::runLater, ChangeDelivery.daemonTimer(),
                ChangeDelivery.GROUPING, clock);
        workspaces.changesByOthersProperty().addListener((obs, old, source) -> changesByOthers.follow(source));
    }

    public TaskExecutor executor() {
        return executor;
    }

    public UserPreferences preferences() {
        return preferences;
    }

    public AppDirectories directories() {
        return directories;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The clock that says what "today" is; tests fix it. */
    public Clock clock() {
        return clock;
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }

    /** Other people's changes to a shared workspace, grouped and brought to the window's thread for the sections. */
    public ChangeDelivery changesByOthers() {
        return changesByOthers;
    }
}
