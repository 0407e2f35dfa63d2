package uk.dln.secretariat.app.forms;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
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

    /** A cell's and a header's padding either side, and room for the header's sort arrow. */
    private static final double CELL_ROOM = 24;

    /**
     * The width that shows the longest of the texts, and the column's title, whole in the window's font: Welsh
     * words and months are longer than English ones, so widths in pixels chosen for English cut Welsh off.
     *
     * @param atLeast the width chosen for English, kept when it is wider
     */
    public static double fitting(double atLeast, String titleKey, Collection<String> texts) {
        return fitting(atLeast, titleKey, texts, FontWeight.NORMAL);
    }

    /** As above, for cells that show their texts in the weight given (bold for an overdue date, say). */
    public static double fitting(double atLeast, String titleKey, Collection<String> texts, FontWeight weight) {
        double widest = measure(Messages.get(titleKey).replace("_", ""), FontWeight.BOLD);
        for (String text : texts) {
            widest = Math.max(widest, measure(text, weight));
        }
        return Math.max(atLeast, Math.ceil(widest + CELL_ROOM));
    }

    /**
     * Widens the column, if need be, so that its title shows whole in the window's language ("Carreg filltir leiaf
     * hyderus" is longer than "Least confident milestone"); a column already wide enough is left alone.
     */
    public static <S, T> TableColumn<S, T> fitTitle(TableColumn<S, T> column) {
        double title = Math.ceil(measure(column.getText().replace("_", ""), FontWeight.BOLD) + CELL_ROOM);
        column.setMinWidth(Math.max(column.getMinWidth(), title));
        column.setPrefWidth(Math.max(column.getPrefWidth(), title));
        return column;
    }

    /** Every month's longest date in the window's language (28 Chwef 2026), for a date column's width. */
    public static java.util.List<String> longestDates() {
        return Arrays.stream(Month.values()).map(month -> Dates.format(LocalDate.of(2026, month, 28))).toList();
    }

    /** The window's text size, set on the root by the stylesheet (secretariat.css). */
    private static final double TEXT_SIZE = 14;

    private static double measure(String text, FontWeight weight) {
        var node = new Text(text);
        node.setFont(Font.font(Font.getDefault().getFamily(), weight, Math.max(TEXT_SIZE, Font.getDefault().getSize())));
        return node.getLayoutBounds().getWidth();
    }
}
