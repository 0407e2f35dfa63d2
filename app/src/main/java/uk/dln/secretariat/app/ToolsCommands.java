package uk.dln.secretariat.app;

import java.util.function.Consumer;
import javafx.stage.Stage;
import uk.dln.secretariat.app.audit.AuditLogDialog;
import uk.dln.secretariat.app.backup.BackupsDialog;
import uk.dln.secretariat.app.backup.BackupsViewModel;
import uk.dln.secretariat.app.backup.RestoreFlow;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.shell.ShellView;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.Workspace;

/** What the Tools menu does: the audit log, and the workspace's backups. */
final class ToolsCommands {

    private ToolsCommands() {
    }

    static ShellView.Tools of(Stage stage, Services services) {
        return new ShellView.Tools(
                () -> withWorkspace(services, workspace -> AuditLogDialog.show(stage, workspace, services.executor(),
                        services.changesByOthers())),
                () -> services.workspaces().backUpNow(
                        backup -> services.dialogs().showInformation(Messages.get("backup.made.heading"),
                                Messages.get("backup.made", Formats.fileSize(backup.sizeBytes()), backup.file())),
                        error -> services.dialogs().showError(Messages.get("backup.failed.heading"),
                                Messages.describe(error))),
                () -> withWorkspace(services, workspace -> backups(stage, services, workspace)));
    }

    /** A file's backups; a workspace on a server has none of its own here, and is kept by a snapshot instead. */
    private static void backups(Stage stage, Services services, OpenWorkspace workspace) {
        if (workspace instanceof Workspace file) {
            new BackupsDialog(stage, new BackupsViewModel(file, services.workspaces(), services.executor(),
                    new RestoreFlow(services.workspaces(), services.dialogs()))).showAndWait();
        } else {
            services.dialogs().showInformation(Messages.get("backup.title"),
                    Messages.get("workspace.server.backups", workspace.location()));
        }
    }

    private static void withWorkspace(Services services, Consumer<OpenWorkspace> action) {
        services.workspaces().current().ifPresentOrElse(action,
                () -> services.dialogs().showError(Messages.get("settings.noWorkspace.heading"),
                        Messages.get("tools.noWorkspace.body")));
    }
}
