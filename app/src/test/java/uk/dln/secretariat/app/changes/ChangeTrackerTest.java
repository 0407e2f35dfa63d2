package uk.dln.secretariat.app.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class ChangeTrackerTest {

    private final SimpleStringProperty title = new SimpleStringProperty("Cloud hosting");
    private final SimpleObjectProperty<Integer> minutes = new SimpleObjectProperty<>(null);
    private final ChangeTracker changes = new ChangeTracker(() -> Arrays.asList(title.get(), minutes.get()),
            title, minutes);

    @Test
    void aFreshlyLoadedEditorIsClean() {
        assertFalse(changes.isDirty());
    }

    @Test
    void typingMakesItDirty() {
        title.set("Cloud hosting migration");

        assertTrue(changes.isDirty());
    }

    @Test
    void typingAndThenUndoingItIsClean() {
        title.set("Cloud hosting migration");
        title.set("Cloud hosting");

        assertFalse(changes.isDirty());
    }

    @Test
    void aFieldSetFromNothingAndBackIsClean() {
        minutes.set(30);
        assertTrue(changes.isDirty());

        minutes.set(null);

        assertFalse(changes.isDirty());
    }

    @Test
    void loadingNewValuesMakesThemTheCleanOnes() {
        title.set("Spending review");
        changes.markClean();

        assertFalse(changes.isDirty());
        title.set("Cloud hosting");
        assertTrue(changes.isDirty(), "the values loaded last are the clean ones, not the first");
    }

    @Test
    void savingTellsItsListenersAndLeavesItClean() {
        int[] told = new int[1];
        changes.addSavedListener(() -> told[0]++);
        title.set("Cloud hosting migration");

        changes.markSaved();

        assertFalse(changes.isDirty());
        assertEquals(1, told[0]);
    }

    @Test
    void loadingIsNotSaving() {
        int[] told = new int[1];
        changes.addSavedListener(() -> told[0]++);

        changes.markClean();

        assertEquals(0, told[0]);
    }
}
