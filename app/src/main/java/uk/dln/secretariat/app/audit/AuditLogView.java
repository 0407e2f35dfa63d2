package uk.dln.secretariat.app.audit;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.Tables;
import uk.dln.secretariat.app.i18n.Messages;

/** The audit entries in a table, newest first, with the log's filters above them. Nothing here can change them. */
public final class AuditLogView extends VBox {

    public static final String STYLE_CLASS = "audit-log";

    public AuditLogView(AuditLogViewModel viewModel) {
        var table = entries(viewModel);
        var summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("hint");
        summary.setAccessibleText(Messages.get("audit.summary.accessible"));

        if (!viewModel.isForOneRecord()) {
            getChildren().add(filters(viewModel));
        }
        getChildren().addAll(table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        getStyleClass().add(STYLE_CLASS);
        setSpacing(12);
    }

    private static Node filters(AuditLogViewModel viewModel) {
        var table = new ComboBox<String>(viewModel.tables());
        uk.dln.secretariat.app.forms.TypeAhead.install(table);
        table.setConverter(new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stored == null ? Messages.get("audit.filter.allTables") : AuditRow.tableLabel(stored);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        table.setPromptText(Messages.get("audit.filter.allTables"));
        table.valueProperty().bindBidirectional(viewModel.tableProperty());
        table.setId("audit-filter-table");

        var user = new TextField();
        user.textProperty().bindBidirectional(viewModel.userProperty());
        user.setPrefColumnCount(10);
        var from = DatePickers.create(viewModel.filterErrors(), "from");
        from.setId("audit-filter-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        var to = DatePickers.create(viewModel.filterErrors(), "to");
        to.setId("audit-filter-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        var text = new TextField();
        text.textProperty().bindBidirectional(viewModel.textProperty());
        text.setPrefColumnCount(14);
        text.setId("audit-filter-text");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setPrefWidth(150);
        }

        var clear = new Button(Messages.get("audit.filter.clear"));
        clear.setAccessibleText(Messages.get("audit.filter.clear.accessible"));
        clear.setOnAction(event -> viewModel.clearFilters());

        var bar = new FlowPane(16, 8,
                labelled("audit.filter.table", table), labelled("audit.filter.user", user),
                labelled("audit.filter.from", from, viewModel.filterErrors().of("from")),
                labelled("audit.filter.to", to, viewModel.filterErrors().of("to")),
                labelled("audit.filter.text", text), clear);
        bar.getStyleClass().add("audit-filters");
        bar.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        return bar;
    }

    /** A filter's label above it, naming it for screen readers and giving it a mnemonic. */
    private static Node labelled(String key, Control control) {
        String text = Messages.get(key);
        var label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        control.setAccessibleText(text.replace("_", ""));
        return new VBox(4, label, control);
    }

    /** A date filter with the message for a day that does not exist under it. */
    private static Node labelled(String key, Control control, ReadOnlyStringProperty error) {
        var message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(220);
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        var box = (VBox) labelled(key, control);
        box.getChildren().add(message);
        return box;
    }

    private static TableView<AuditRow> entries(AuditLogViewModel viewModel) {
        var table = new TableView<>(viewModel.rows());
        table.getColumns().add(Tables.textColumn("audit.column.when", AuditRow::when, 170));
        table.getColumns().add(Tables.textColumn("audit.column.who", AuditRow::who, 140));
        if (!viewModel.isForOneRecord()) {
            table.getColumns().add(Tables.textColumn("audit.column.record", AuditRow::record, 170));
        }
        table.getColumns().add(Tables.textColumn("audit.column.action", AuditRow::action, 90));
        TableColumn<AuditRow, String> changes = Tables.textColumn("audit.column.changes", AuditRow::changes, 420);
        changes.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(changes);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("audit.table.empty")));
        table.setAccessibleText(Messages.get("audit.table.accessible"));
        table.setId("audit-entries");
        return table;
    }


    /** The changes of one entry, one field to a line: the row grows to show every line. */
    private static final class WrappingCell extends TableCell<AuditRow, String> {
        WrappingCell() {
            setWrapText(false);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
