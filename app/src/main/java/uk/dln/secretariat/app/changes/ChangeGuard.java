package uk.dln.secretariat.app.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Stands between a person's unsaved work and whatever would replace it: another row, meeting, section or workspace,
 * or quitting. Before going on it asks, editor by editor, Save, Discard or Cancel; Cancel stops there, and a save
 * that is refused stops there too, so the person stays with their work and its messages.
 */
public final class ChangeGuard {

    private final SaveQuestion dialogs;
    private final List<UnsavedChanges> editors = new ArrayList<>();
    private final List<ChangeGuard> included = new ArrayList<>();
    private final List<Consumer<UnsavedChanges>> savedListeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    public ChangeGuard(SaveQuestion dialogs) {
        this.dialogs = dialogs;
    }

    /** Guards these editors too, from now on. */
    public ChangeGuard watch(UnsavedChanges... more) {
        for (UnsavedChanges editor : more) {
            editors.add(editor);
            editor.changes().dirtyProperty().addListener((obs, was, is) -> recount());
            editor.changes().addSavedListener(() -> savedListeners.forEach(listener -> listener.accept(editor)));
        }
        recount();
        return this;
    }

    /**
     * Guards every editor of another guard too, including those it watches later (a section's editors under the
     * window's guard; the roadmaps' forms are built when the section is first shown).
     */
    public ChangeGuard watch(ChangeGuard other) {
        included.add(other);
        other.dirty.addListener((obs, was, is) -> recount());
        other.addSavedListener(editor -> savedListeners.forEach(listener -> listener.accept(editor)));
        recount();
        return this;
    }

    /** Told whenever one of the editors has stored its changes, e.g. to confirm it in the status bar. */
    public void addSavedListener(Consumer<UnsavedChanges> listener) {
        savedListeners.add(listener);
    }

    /** Goes on at once when nothing is unsaved; otherwise asks first, and goes on only if the person agrees. */
    public void leave(Runnable proceed) {
        leave(editors(), proceed);
    }

    /** As {@link #leave(Runnable)}, asking only about the given editors. */
    public void leave(List<UnsavedChanges> asked, Runnable proceed) {
        for (int i = 0; i < asked.size(); i++) {
            UnsavedChanges editor = asked.get(i);
            if (!editor.isDirty()) {
                continue;
            }
            List<UnsavedChanges> rest = asked.subList(i + 1, asked.size());
            String name = editor.editorName();
            switch (dialogs.askToSave(Messages.get("changes.ask.heading", name),
                    Messages.get("changes.ask.body", name))) {
                case SAVE -> editor.save(() -> leave(rest, proceed));
                case DISCARD -> {
                    editor.discard();
                    leave(rest, proceed);
                }
                case CANCEL -> {
                    // Stays: nothing else is asked and nothing happens.
                }
            }
            return;
        }
        proceed.run();
    }

    /**
     * Another workspace is open (the guard was asked first, or a backup was restored): what the editors hold
     * belongs to the old one, so nothing of it may be kept over the new workspace's records.
     */
    public void forget() {
        editors().forEach(editor -> editor.changes().markClean());
    }

    /** Ctrl+S when no form has the focus: saves the first editor with changes. @return whether one was found */
    public boolean saveFirstDirty() {
        for (UnsavedChanges editor : editors()) {
            if (editor.isDirty()) {
                editor.save(() -> { });
                return true;
            }
        }
        return false;
    }

    /** The editors with changes, in the order they are asked about. */
    public List<UnsavedChanges> dirtyEditors() {
        return editors().stream().filter(UnsavedChanges::isDirty).toList();
    }

    /** Its own editors, then those of the guards it watches. */
    public List<UnsavedChanges> editors() {
        var all = new ArrayList<>(editors);
        included.forEach(other -> all.addAll(other.editors()));
        return List.copyOf(all);
    }

    /** Whether any editor holds unsaved changes, for the window title's mark. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private void recount() {
        dirty.set(editors().stream().anyMatch(UnsavedChanges::isDirty));
    }
}
