package uk.dln.secretariat.app.directory;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

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
        selected.addListener((obs, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
            }
        });
    }
}
