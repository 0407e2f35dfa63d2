package uk.dln.secretariat.app.changes;

/**
 * The one question the guard asks: Save, Discard or Cancel. The dialogs answer it; the guard needs nothing else of
 * them, so this package does not depend on the dialogs.
 */
@FunctionalInterface
public interface SaveQuestion {

    /** Save, Discard or Cancel, for unsaved changes; Cancel is the default and what Escape or closing choose. */
    SaveChoice askToSave(String heading, String message);
}
