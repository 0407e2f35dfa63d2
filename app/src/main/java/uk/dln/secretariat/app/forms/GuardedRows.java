package uk.dln.secretariat.app.forms;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.UnsavedChanges;

/**
 * A row chosen in a table whose form may hold unsaved changes: the form shows it only once they are saved or
 * discarded; on Cancel the table selects the row being edited again (or nothing, for a new entry).
 */
public final class GuardedRows {

    private GuardedRows() {
    }

    /**
     * @param showing whether a row is the one the form shows
     * @param show    shows a row in the form
     */
    public static <T> void choose(TableView<T> table, T row, ChangeGuard guard, UnsavedChanges form,
                                  Predicate<T> showing, Consumer<T> show) {
        // Asked once the selection change is over: the question is modal, and Cancel changes the selection back.
        Platform.runLater(() -> {
            if (table.getSelectionModel().getSelectedItem() != row || showing.test(row)) {
                return;
            }
            guard.leave(List.of(form), () -> show.accept(row));
            if (!showing.test(row)) {
                table.getItems().stream().filter(showing).findFirst().ifPresentOrElse(
                        edited -> table.getSelectionModel().select(edited),
                        () -> table.getSelectionModel().clearSelection());
            }
        });
    }
}
