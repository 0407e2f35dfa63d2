package uk.dln.secretariat.app.roadmaps;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.Milestone;

/** Controls the roadmap forms build the same way: ids for tests, words for enums, a date hint. */
final class Controls {

    private Controls() {
    }

    static TextField text(String id, StringProperty value) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A typed date, refused (with its message under it, see {@link DatePickers}) when the day does not exist. */
    static TextField date(String id, StringProperty value, FieldErrors errors, String errorField) {
        var field = text(id, value);
        DatePickers.watch(field, errors, errorField);
        return field;
    }

    static TextArea area(String id, StringProperty value) {
        var area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** A choice shown by its word from the bundle. */
    static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> key, ObjectProperty<T> value) {
        var combo = new ComboBox<T>();
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.setConverter(words(key));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    static <T> StringConverter<T> words(Function<T, String> key) {
        return Choices.labels(item -> Messages.get(key.apply(item)));
    }

    static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A button with a mnemonic and an accessible name from the same words. */
    static Button button(String id, String key, Runnable action) {
        var button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(button.getText().replace("_", ""));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A read-only table column showing text worked out from the row. */
    static <S> TableColumn<S, String> column(TableView<S> table, String key, double width, Function<S, String> text) {
        var column = new TableColumn<S, String>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        table.getColumns().add(column);
        return column;
    }

    static Label general(uk.dln.secretariat.app.forms.FieldErrors errors) {
        var label = new Label();
        label.textProperty().bind(errors.general());
        label.getStyleClass().add(FormGrid.ERROR_STYLE);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Selects exactly the listed milestones in a multiple-choice list. */
    static void selectMilestones(ListView<Milestone> list, Collection<Long> ids) {
        var wanted = new HashSet<>(ids);
        list.getSelectionModel().clearSelection();
        for (int i = 0; i < list.getItems().size(); i++) {
            if (wanted.contains(list.getItems().get(i).id())) {
                list.getSelectionModel().select(i);
            }
        }
    }
}
