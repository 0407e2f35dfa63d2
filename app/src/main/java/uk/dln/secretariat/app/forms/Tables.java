package uk.dln.secretariat.app.forms;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Read-only table columns of text, the same way in every table. They do not sort: rows come in the order that
 * means something (newest first, say), which sorting the displayed text would scramble.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * @param headingKey bundle key of the column heading
     * @param text       the cell's text for a row
     */
    public static <R> TableColumn<R, String> textColumn(String headingKey, Function<R, String> text, double width) {
        var column = new TableColumn<R, String>(Messages.get(headingKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
