package uk.dln.secretariat.app.audit;

import javafx.stage.Window;
import uk.dln.secretariat.app.Services;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The history of one record: every change to it, who made it and when. Any view can offer it for the record it
 * shows, e.g. {@code AuditHistoryDialog.show(stage, services, "organisation", organisation.id(), organisation.name())}.
 */
public final class AuditHistoryDialog {

    private AuditHistoryDialog() {
    }

    /**
     * @param table      the record's stored table (see {@link AuditedTable})
     * @param id         the record's id
     * @param recordName what the person calls the record, for the title
     */
    public static void show(Window owner, Services services, String table, long id, String recordName) {
        show(owner, services, table, String.valueOf(id), recordName);
    }

    /** As above, for a record whose key is text (a setting's name). */
    public static void show(Window owner, Services services, String table, String id, String recordName) {
        services.workspaces().current().ifPresentOrElse(
                workspace -> AuditLogDialog.open(owner, Messages.get("audit.history.title", recordName),
                        Messages.get("audit.history.heading", recordName, AuditRow.tableLabel(table)),
                        AuditLogViewModel.forRecord(workspace, services.executor(), table, id)),
                () -> services.dialogs().showError(Messages.get("settings.noWorkspace.heading"),
                        Messages.get("audit.noWorkspace.body")));
    }
}
