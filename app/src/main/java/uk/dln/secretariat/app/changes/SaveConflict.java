package uk.dln.secretariat.app.changes;

import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;

/**
 * A save refused because someone else saved the same record after the editor read it ({@code
 * record.error.changedByOther}, decision 0038), and what the person may do about it: Reload, which shows the other
 * person's version once they have agreed to give up what they typed, or Keep editing, which keeps the typed values
 * in the form and saves nothing. Every editor's save path hands such a refusal here, so all of them behave alike.
 */
public final class SaveConflict {

    public static final String CHANGED_BY_OTHER = "record.error.changedByOther";

    private SaveConflict() {
    }

    /** The refusal, when the failure is one (possibly wrapped), else null. */
    public static SecretariatException of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SecretariatException refusal && CHANGED_BY_OTHER.equals(refusal.messageKey())) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Asks Reload or Keep editing about a refused save; on Reload, and once the person agrees to give up their
     * unsaved typing, runs {@code reload}, which reads the record again and shows it. Keep editing changes nothing.
     *
     * @param editorName what was being saved, in the person's words, e.g. "Milestone"
     * @return whether the record is being reloaded
     */
    public static boolean resolve(ConflictQuestion dialogs, String editorName, SecretariatException refusal,
                                  Runnable reload) {
        String who = refusal.arguments().isEmpty() ? "?" : String.valueOf(refusal.arguments().get(0));
        String message = Messages.get(CHANGED_BY_OTHER, refusal.arguments().toArray())
                + "\n\n" + Messages.get("changes.conflict.body");
        if (!dialogs.askToReload(Messages.get("changes.conflict.heading", editorName), message)) {
            return false;
        }
        // Never silently: what they typed is not saved, and reloading replaces it.
        if (!dialogs.confirm(Messages.get("changes.conflict.discard.heading", editorName),
                Messages.get("changes.conflict.discard.body", editorName, who),
                Messages.get("changes.conflict.discard.confirm"))) {
            return false;
        }
        reload.run();
        return true;
    }
}
