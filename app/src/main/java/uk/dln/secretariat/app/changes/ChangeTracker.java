package uk.dln.secretariat.app.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether an editor's values differ from the ones it last loaded or saved. It compares values, not keystrokes, so
 * typing a letter and deleting it again leaves the editor clean.
 */
public final class ChangeTracker {

    private final Supplier<?> values;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final List<Runnable> savedListeners = new ArrayList<>();
    private Object clean;

    /**
     * @param values  the editor's current values, as something with value equality (a record or a list)
     * @param sources what those values are read from; any change to them is compared again
     */
    public ChangeTracker(Supplier<?> values, Observable... sources) {
        this.values = values;
        InvalidationListener compare = observable -> compare();
        for (Observable source : sources) {
            source.addListener(compare);
        }
        clean = values.get();
    }

    /** The values showing now are the stored ones: after loading, clearing or discarding. */
    public void markClean() {
        clean = values.get();
        dirty.set(false);
    }

    /** The values showing now have just been stored; whoever listens confirms it to the person. */
    public void markSaved() {
        markClean();
        savedListeners.forEach(Runnable::run);
    }

    /** Compares again; for values the tracker cannot observe, such as rows added to a list of records. */
    public void compare() {
        dirty.set(!Objects.equals(clean, values.get()));
    }

    public void addSavedListener(Runnable listener) {
        savedListeners.add(listener);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
