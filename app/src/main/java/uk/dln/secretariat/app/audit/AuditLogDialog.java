package uk.dln.secretariat.app.audit;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.dialogs.DialogButtons;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.platform.Stylesheet;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.persistence.OpenWorkspace;

/** Tools > Audit log: every recorded change, filterable, in a window of its own that can stay open beside the app. */
public final class AuditLogDialog {

    private AuditLogDialog() {
    }

    /** @param changesByOthers every change anyone makes is audited: the log shows theirs as they come */
    public static Dialog<Void> show(Window owner, OpenWorkspace workspace, TaskExecutor executor,
                                    ChangeDelivery changesByOthers) {
        var viewModel = AuditLogViewModel.forLog(workspace.data(), executor);
        var dialog = open(owner, Messages.get("audit.log.title"),
                Messages.get("audit.log.heading", workspace.name()), viewModel);
        var following = changesByOthers.listenToAll(changes -> viewModel.load());
        dialog.setOnHidden(event -> following.close());
        return dialog;
    }

    static Dialog<Void> open(Window owner, String title, String heading, AuditLogViewModel viewModel) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(title);
        dialog.setHeaderText(heading);
        var pane = dialog.getDialogPane();
        pane.getStylesheets().add(Stylesheet.url());
        pane.setContent(new AuditLogView(viewModel));
        pane.getButtonTypes().setAll(DialogButtons.close());
        pane.setPrefSize(1040, 620);
        pane.setAccessibleText(heading);
        dialog.show();
        viewModel.load();
        return dialog;
    }
}
