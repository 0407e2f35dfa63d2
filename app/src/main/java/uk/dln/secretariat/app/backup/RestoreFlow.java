package uk.dln.secretariat.app.backup;

import java.nio.file.Path;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.persistence.RestoreResult;
import uk.dln.secretariat.persistence.backup.Backup;

/**
 * Restoring a backup, as a person goes through it: asked first, told afterwards where the replaced workspace was
 * kept. Used from the Backups dialog and when a workspace turns out to be damaged on opening.
 */
public final class RestoreFlow {

    private final WorkspaceService workspaces;
    private final DialogService dialogs;

    public RestoreFlow(WorkspaceService workspaces, DialogService dialogs) {
        this.workspaces = workspaces;
        this.dialogs = dialogs;
    }

    /** The file could not be opened because it is damaged: offers its latest good backup, if there is one. */
    public void offerForDamaged(Path file) {
        String heading = Messages.get("restore.damaged.heading", file.getFileName());
        workspaces.latestGoodBackup(file, found -> found.ifPresentOrElse(backup -> {
            boolean restore = dialogs.confirm(heading, Messages.get("restore.damaged.body", file,
                    Formats.dateTime(backup.madeAt()), Formats.fileSize(backup.sizeBytes())),
                    Messages.get("restore.damaged.goAhead"));
            if (restore) {
                restore(file, backup);
            }
        }, () -> dialogs.showError(heading, Messages.get("restore.damaged.noBackup", file))),
                error -> dialogs.showError(heading, Messages.describe(error)));
    }

    /**
     * Asks, then puts the backup in the workspace's place.
     *
     * @return whether the person went ahead (the workspace is then being closed and reopened)
     */
    public boolean confirmAndRestore(Path file, Backup backup) {
        String when = Formats.dateTime(backup.madeAt());
        boolean goAhead = dialogs.confirm(Messages.get("restore.confirm.heading", when),
                Messages.get("restore.confirm.body", file.getFileName(), when),
                Messages.get("restore.confirm.goAhead"));
        if (goAhead) {
            restore(file, backup);
        }
        return goAhead;
    }

    private void restore(Path file, Backup backup) {
        String when = Formats.dateTime(backup.madeAt());
        workspaces.restore(file, backup.file(),
                result -> dialogs.showInformation(Messages.get("restore.done.heading", when), doneMessage(result)),
                error -> dialogs.showError(Messages.get("restore.failed.heading"), Messages.describe(error)));
    }

    private static String doneMessage(RestoreResult result) {
        return result.keptAsideFile()
                .map(aside -> Messages.get(result.wasDamaged() ? "restore.done.damagedKept" : "restore.done.previousKept",
                        aside))
                .orElse(Messages.get("restore.done.nothingReplaced"));
    }
}
