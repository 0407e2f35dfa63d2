package uk.dln.secretariat.app.changes;

/** The answer to "Save your changes?": Cancel stays where the person was, with their work. */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
