package uk.dln.secretariat.app.workspace;

import java.util.function.Consumer;
import uk.dln.secretariat.app.changes.SaveConflict;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Runs work against the open workspace in the background, the same way for every directory screen: nothing happens
 * without a workspace, validation problems go to the form's fields, anything else to an error dialog.
 */
public final class WorkspaceTasks {

    /** Work that needs the workspace. */
    @FunctionalInterface
    public interface Work<T> {
        T run(WorkspaceData workspace) throws Exception;
    }

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final String errorHeadingKey;

    public WorkspaceTasks(WorkspaceService workspaces, TaskExecutor executor, DialogService dialogs) {
        this(workspaces, executor, dialogs, "directory.error.heading");
    }

    private WorkspaceTasks(WorkspaceService workspaces, TaskExecutor executor, DialogService dialogs,
                           String errorHeadingKey) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.dialogs = dialogs;
        this.errorHeadingKey = errorHeadingKey;
    }

    /** The same runner for another section, whose failures are headed with that section's words. */
    public WorkspaceTasks withErrorHeading(String headingKey) {
        return new WorkspaceTasks(workspaces, executor, dialogs, headingKey);
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Reads or writes; failures are shown in a dialog. */
    public <T> void run(String titleKey, Work<T> work, Consumer<? super T> onSuccess) {
        run(titleKey, work, onSuccess, null);
    }

    /**
     * As {@link #run(String, Work, Consumer)}, but problems with the input are shown on the form's fields.
     *
     * @param errors the form's messages, or null to show every failure in a dialog
     */
    public <T> void run(String titleKey, Work<T> work, Consumer<? super T> onSuccess, FieldErrors errors) {
        run(titleKey, work, onSuccess, errors, null);
    }

    /**
     * An editor's save, as {@link #run(String, Work, Consumer, FieldErrors)}; when it is refused because someone
     * else saved the record after the editor read it, the person chooses Reload or Keep editing ({@link
     * SaveConflict}) rather than reading an error.
     *
     * @param editorName what is saved, in the person's words, e.g. "Action"
     * @param reload     reads the record again and shows it, the other person's version
     */
    public <T> void save(String titleKey, String editorName, Work<T> work, Consumer<? super T> onSuccess,
                         FieldErrors errors, Runnable reload) {
        run(titleKey, work, onSuccess, errors, refusal -> {
            if (!SaveConflict.resolve(dialogs, editorName, refusal, reload) && errors != null) {
                // Kept editing: the typed values stay, and so does why they were not saved.
                errors.showGeneral(Messages.describe(refusal));
            }
        });
    }

    private <T> void run(String titleKey, Work<T> work, Consumer<? super T> onSuccess, FieldErrors errors,
                         Consumer<SecretariatException> onConflict) {
        var workspace = workspaces.records();
        if (workspace.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of(Messages.get(titleKey), progress -> work.run(workspace.get()))
                .onSuccess(result -> {
                    if (errors != null) {
                        errors.clear();
                    }
                    onSuccess.accept(result);
                })
                .onFailure(error -> {
                    SecretariatException conflict = onConflict == null ? null : SaveConflict.of(error);
                    if (conflict != null) {
                        onConflict.accept(conflict);
                    } else if (errors != null && error instanceof ValidationException invalid) {
                        errors.show(invalid.problems());
                    } else {
                        dialogs.showError(Messages.get(errorHeadingKey), Messages.describe(error));
                    }
                }));
    }
}
