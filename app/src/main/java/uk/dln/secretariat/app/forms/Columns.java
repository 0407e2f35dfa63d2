package uk.dln.secretariat.app.forms;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;

/** Table columns built the same way everywhere: a title from the bundle and a value read from the row. */
public final class Columns {


    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String titleKey, Function<T, String> value, double width) {
        var column = new TableColumn<T, String>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A date column that sorts by date and shows the date in the user's style; empty for none. */
    public static <T> TableColumn<T, LocalDate> date(String titleKey, Function<T, LocalDate> value, double width) {
        var column = new TableColumn<T, LocalDate>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? "" : Dates.format(date));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

}
