package uk.dln.secretariat.app.roadmaps;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCode;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Shortcuts;
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

    /** The narrowest a roadmap form beside its list may be: a label and a readable field (1024-pixel window). */
    static final double FORM_MIN_WIDTH = 345;

    /** A column this narrow holds a date, a figure or a status, which is unreadable cut short. */
    private static final double SHORT_COLUMN = 150;
    private static final double LONG_COLUMN_MIN = 110;
    private static final double TABLE_MIN_WIDTH = 200;

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
        return uk.dln.secretariat.app.forms.TextAreas.create(id, value, 2);
    }

    /** A choice shown by its word from the bundle. */
    static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> key, ObjectProperty<T> value) {
        var combo = new ComboBox<T>();
        uk.dln.secretariat.app.forms.TypeAhead.install(combo);
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
        // Dates, figures and statuses stay whole; long titles give way first, then the table scrolls sideways.
        column.setMinWidth(width <= SHORT_COLUMN ? width : LONG_COLUMN_MIN);
        // Nor is a title cut off: Welsh titles are often longer than the English the widths were chosen for.
        uk.dln.secretariat.app.forms.Columns.fitTitle(column);
        column.setSortable(false);
        table.getColumns().add(column);
        // The columns' minimums make the table scroll sideways; they must not make the table itself too wide for
        // the pane, pushing the form beside it out of the window.
        table.setMinWidth(TABLE_MIN_WIDTH);
        return column;
    }

    /**
     * "Changed by NAME at HH:MM" with Reload (Alt+X) above a form whose record someone else saved while it held
     * typing; hidden otherwise.
     */
    static ChangedByOthersBar changedByOthers(String id, ObservableStringValue notice, Runnable reload) {
        var bar = new ChangedByOthersBar(notice, reload);
        bar.setId(id + "-changed");
        bar.reloadButton().setId(id + "-reload");
        Shortcuts.on(bar).alt(KeyCode.X, bar.reloadButton());
        return bar;
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
