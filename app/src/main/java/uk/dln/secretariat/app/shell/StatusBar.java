package uk.dln.secretariat.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;

/**
 * The strip along the bottom: which workspace is open, the latest save ("Attendance saved, 10:42"), and the newest
 * background task with progress and Cancel.
 */
final class StatusBar extends HBox {

    /**
     * Held here: the list of running tasks refers to a binding only weakly, so a binding held by nothing else is
     * garbage collected and the status bar stops following the tasks (it kept showing a finished one).
     */
    private final ObjectBinding<BackgroundTask<?>> newest;
    private TaskControls taskControls;

    StatusBar(ReadOnlyStringProperty workspaceLocation, ReadOnlyStringProperty savedNotice, TaskExecutor executor) {
        var location = new Label();
        location.textProperty().bind(workspaceLocation);
        location.setAccessibleText(Messages.get("status.workspace.accessible"));
        location.getStyleClass().add("status-location");
        var saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(savedNotice);
        saved.getStyleClass().add("status-saved");

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        newest = Bindings.createObjectBinding(
                () -> executor.running().isEmpty() ? null : executor.running().get(executor.running().size() - 1),
                executor.running());
        // The task's label, progress bar and Cancel are made when the first task starts, not for the first frame:
        // skinning a progress bar and a button nobody can see yet is start-up time spent for nothing.
        newest.addListener((obs, old, task) -> taskControls().show(task));
        getChildren().addAll(location, saved, spacer);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
    }

    private TaskControls taskControls() {
        if (taskControls == null) {
            taskControls = new TaskControls();
            getChildren().addAll(taskControls.label, taskControls.progress, taskControls.cancel);
        }
        return taskControls;
    }

    /** What the strip shows of the newest background task: its words, its progress and, if it can stop, Cancel. */
    private static final class TaskControls {

        private final Label label = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Button cancel = new Button(Messages.get("status.cancel"));

        TaskControls() {
            progress.setPrefWidth(160);
            progress.setAccessibleText(Messages.get("status.progress.accessible"));
            cancel.setAccessibleText(Messages.get("status.cancel.accessible"));
            label.managedProperty().bind(label.visibleProperty());
            progress.managedProperty().bind(progress.visibleProperty());
            cancel.managedProperty().bind(cancel.visibleProperty());
        }

        void show(BackgroundTask<?> task) {
            label.textProperty().unbind();
            progress.progressProperty().unbind();
            boolean running = task != null;
            label.setVisible(running);
            progress.setVisible(running);
            cancel.setVisible(running && task.isCancellable());
            if (running) {
                label.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                        .then(task.title()).otherwise(task.messageProperty()));
                progress.progressProperty().bind(task.progressProperty());
                cancel.setOnAction(event -> task.cancel());
            }
        }
    }
}
