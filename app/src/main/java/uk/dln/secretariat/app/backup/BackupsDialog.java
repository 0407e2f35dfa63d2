package uk.dln.secretariat.app.backup;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.dln.secretariat.app.dialogs.DialogButtons;
import uk.dln.secretariat.app.forms.Tables;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.platform.Stylesheet;
import uk.dln.secretariat.persistence.backup.BackupSettings;

/** Lists the workspace's backups with date, reason and size; makes one now; restores the one chosen. */
public final class BackupsDialog extends Dialog<Void> {

    public BackupsDialog(Window owner, BackupsViewModel viewModel) {
        initOwner(owner);
        setTitle(Messages.get("backup.title"));
        setHeaderText(Messages.get("backup.heading", viewModel.workspaceName()));
        setResizable(true);

        var where = new Label(Messages.get("backup.where", viewModel.folder()));
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.getStyleClass().add("hint");

        var table = table(viewModel);

        var backUp = new Button(Messages.get("backup.now"));
        backUp.setAccessibleText(Messages.get("backup.now.accessible"));
        backUp.setOnAction(event -> viewModel.backUpNow());
        var restore = new Button(Messages.get("backup.restore"));
        restore.setAccessibleText(Messages.get("backup.restore.accessible"));
        restore.setDisable(viewModel.isReadOnly());
        restore.setOnAction(event -> {
            if (viewModel.restoreSelected()) {
                close();
            }
        });
        restore.setId("backup-restore");
        var actions = new HBox(12, backUp, restore);

        var keep = new Spinner<Integer>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BackupSettings.MIN_KEEP, BackupSettings.MAX_KEEP, BackupSettings.DEFAULT_KEEP));
        keep.getValueFactory().valueProperty().bindBidirectional(viewModel.keepProperty());
        keep.setEditable(true);
        keep.setPrefWidth(90);
        keep.setDisable(viewModel.isReadOnly());
        var keepLabel = new Label(Messages.get("backup.keep"));
        keepLabel.setMnemonicParsing(true);
        keepLabel.setLabelFor(keep);
        keep.setAccessibleText(Messages.get("backup.keep").replace("_", ""));
        var saveKeep = new Button(Messages.get("backup.keep.save"));
        saveKeep.setAccessibleText(Messages.get("backup.keep.save.accessible"));
        saveKeep.setDisable(viewModel.isReadOnly());
        saveKeep.setOnAction(event -> viewModel.saveKeep());
        var keepRow = new HBox(12, keepLabel, keep, new Label(Messages.get("backup.keep.what")), saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);

        var message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setAccessibleText(Messages.get("backup.message.accessible"));

        var pane = getDialogPane();
        pane.getStylesheets().add(Stylesheet.url());
        pane.setContent(new VBox(12, where, table, actions, keepRow, message));
        pane.getButtonTypes().setAll(DialogButtons.close());
        pane.setPrefSize(720, 520);
        setOnShown(event -> table.requestFocus());
        viewModel.load();
    }

    private static TableView<BackupRow> table(BackupsViewModel viewModel) {
        var table = new TableView<>(viewModel.backups());
        table.getColumns().add(Tables.textColumn("backup.column.madeAt", BackupRow::madeAt, 220));
        table.getColumns().add(Tables.textColumn("backup.column.kind", BackupRow::kind, 200));
        table.getColumns().add(Tables.textColumn("backup.column.size", BackupRow::size, 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("backup.none")));
        table.setAccessibleText(Messages.get("backup.table.accessible"));
        table.setId("backup-list");
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            viewModel.selectedProperty().set(row);
        });
        return table;
    }

}
