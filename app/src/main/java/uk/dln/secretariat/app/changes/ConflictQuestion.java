package uk.dln.secretariat.app.changes;

/**
 * What the changes machinery asks when a save is refused because someone else saved the record first (decision 0038):
 * Reload or Keep editing, and, before reloading, whether the person's own typing may go. The dialogs answer it.
 */
public interface ConflictQuestion {

    /**
     * Reload (show the other person's version) or Keep editing (keep the typed values, nothing saved); Keep editing
     * is the default and what Escape or closing choose.
     *
     * @return true for Reload
     */
    boolean askToReload(String heading, String message);

    /** @return true when the person chose to go ahead */
    boolean confirm(String heading, String message, String goAheadLabel);
}
