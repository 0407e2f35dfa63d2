package uk.dln.secretariat.app.changes;

import java.util.function.Consumer;

/**
 * An editor that may hold work not yet stored: a form or an editable grid. The shell and the sections ask it before
 * anything would replace what it shows, so a person's work is saved or given up on purpose, never lost.
 */
public interface UnsavedChanges {

    /** Whether it holds changes, and the moments they are stored. */
    ChangeTracker changes();

    /** What it edits, in the person's words, e.g. "Attendance": used in the question and the saved notice. */
    String editorName();

    /**
     * Stores the changes. Runs {@code onSaved} once they are stored; never when they are refused (a field is wrong,
     * the workspace could not be written), so the person stays with their work and its messages.
     */
    void save(Runnable onSaved);

    /** Gives up the changes, showing the stored values again. */
    void discard();

    default boolean isDirty() {
        return changes().isDirty();
    }

    /** An editor from its parts, for view models whose form and commands live in different classes. */
    static UnsavedChanges of(String editorName, ChangeTracker changes, Consumer<Runnable> save, Runnable discard) {
        return new UnsavedChanges() {
            @Override
            public ChangeTracker changes() {
                return changes;
            }

            @Override
            public String editorName() {
                return editorName;
            }

            @Override
            public void save(Runnable onSaved) {
                save.accept(onSaved);
            }

            @Override
            public void discard() {
                discard.run();
            }
        };
    }
}
