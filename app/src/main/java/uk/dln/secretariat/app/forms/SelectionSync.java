package uk.dln.secretariat.app.forms;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;
import uk.dln.secretariat.app.changes.ChangeGuard;

/** Keeps a table's selected row and a view model's selected item in step, in both directions, without loops. */
public final class SelectionSync {

    private SelectionSync() {
    }

    public static <T> void bind(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != selected.get()) {
                selected.set(item);
            }
        });
        follow(table, selected);
    }

    /**
     * As {@link #bind(TableView, ObjectProperty)}, but a row chosen while the form holds unsaved changes is taken
     * only once they are saved or discarded; on Cancel the table goes back to the row being edited.
     */
    public static <T> void bind(TableView<T> table, ObjectProperty<T> selected, ChangeGuard guard) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != selected.get()) {
                // Asked once this selection change is over: the question is a modal dialog, and a Cancel changes
                // the selection back, which a listener must not do while the change is still being delivered.
                Platform.runLater(() -> choose(table, selected, guard, item));
            }
        });
        follow(table, selected);
    }

    private static <T> void choose(TableView<T> table, ObjectProperty<T> selected, ChangeGuard guard, T item) {
        if (table.getSelectionModel().getSelectedItem() != item || item == selected.get()) {
            return;
        }
        guard.leave(() -> selected.set(item));
        if (selected.get() != item) {
            show(table, selected.get());
        }
    }

    private static <T> void follow(TableView<T> table, ObjectProperty<T> selected) {
        selected.addListener((obs, old, item) -> show(table, item));
    }

    private static <T> void show(TableView<T> table, T item) {
        if (item == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != item) {
            table.getSelectionModel().select(item);
            table.scrollTo(item);
        }
    }
}
