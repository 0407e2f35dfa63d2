package uk.dln.secretariat.app.dialogs;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The buttons of dialogs and alerts, worded from the bundle in the window's language. JavaFX's own
 * {@link ButtonType#OK}, {@link ButtonType#CANCEL} and {@link ButtonType#CLOSE} are always English, whatever the
 * window speaks; these carry the same {@link ButtonData}, so they sit where the platform expects and Enter and
 * Escape still work. A new one is made each time: the window's language may have changed since the last.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Accepts the dialog: the default button, for Enter. */
    public static ButtonType ok() {
        return new ButtonType(Messages.get("dialog.ok"), ButtonData.OK_DONE);
    }

    /** Leaves the dialog without doing anything: Escape. */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** After a refused save: shows the record as someone else saved it, in place of what was typed. */
    public static ButtonType reload() {
        return new ButtonType(Messages.get("changes.conflict.reload"), ButtonData.YES);
    }

    /** After a refused save: keeps what was typed in the form, unsaved: Escape. */
    public static ButtonType keepEditing() {
        return new ButtonType(Messages.get("changes.conflict.keepEditing"), ButtonData.CANCEL_CLOSE);
    }

    /** Closes a dialog that only shows or does things through its own controls: Escape. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
