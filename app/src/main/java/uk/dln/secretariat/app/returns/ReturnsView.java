package uk.dln.secretariat.app.returns;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import uk.dln.secretariat.app.core.returns.ReturnPreview;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.returns.IssuedReturn;

/**
 * The Returns section: issue returns, see where each stands, and read them back (file chooser or drag and drop,
 * several at once) into one preview where each change can be ticked or not before anything is stored.
 */
public final class ReturnsView extends VBox {

    private final ReturnsViewModel viewModel;

    public ReturnsView(ReturnsViewModel viewModel) {
        this.viewModel = viewModel;
        var heading = new Label(Messages.get("returns.view.heading"));
        heading.getStyleClass().add("heading-l");
        var intro = new Label(Messages.get("returns.view.intro"));
        intro.getStyleClass().add("body-text");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        var due = uk.dln.secretariat.app.forms.DatePickers.create(viewModel.errors(), "due");
        due.setId("returns-due");
        due.valueProperty().bindBidirectional(viewModel.dueProperty());
        due.setAccessibleText(Messages.get("returns.view.due").replace("_", ""));
        var dueLabel = new Label(Messages.get("returns.view.due"));
        dueLabel.setMnemonicParsing(true);
        dueLabel.setLabelFor(due);
        var folder = new TextField();
        folder.setId("returns-folder");
        folder.setEditable(false);
        folder.textProperty().bind(viewModel.folderProperty().asString());
        folder.setAccessibleText(Messages.get("returns.view.folder"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        var choose = button("returns-choose-folder", "returns.view.chooseFolder", this::chooseFolder);
        var issue = button("returns-issue", "returns.view.issue", viewModel::issue);
        // The refusal of a day that does not exist shows under the field, as in every form.
        var dueError = new Label();
        dueError.getStyleClass().add(uk.dln.secretariat.app.forms.FormGrid.ERROR_STYLE);
        dueError.setWrapText(true);
        dueError.textProperty().bind(viewModel.errors().of("due"));
        dueError.visibleProperty().bind(dueError.textProperty().isNotEmpty());
        dueError.managedProperty().bind(dueError.visibleProperty());
        due.accessibleHelpProperty().bind(dueError.textProperty());
        var issueRow = new HBox(8, dueLabel, new javafx.scene.layout.VBox(4, due, dueError), folder, choose, issue);

        var table = new TableView<IssuedReturn>(viewModel.returns());
        table.setId("returns-table");
        table.setAccessibleText(Messages.get("returns.view.table"));
        // Without one, the table says JavaFX's own "No content in table", in English whatever the language.
        table.setPlaceholder(new Label(Messages.get("returns.view.table.empty")));
        table.getColumns().add(column("returns.view.column.organisation", IssuedReturn::organisation));
        table.getColumns().add(Columns.date("returns.view.column.issued", r -> r.issuedAt().toLocalDate(),
                Columns.fitting(100, "returns.view.column.issued", Columns.longestDates())));
        table.getColumns().add(column("returns.view.column.issuedTo", IssuedReturn::issuedTo));
        table.getColumns().add(Columns.date("returns.view.column.due", IssuedReturn::dueOn,
                Columns.fitting(100, "returns.view.column.due", Columns.longestDates())));
        table.getColumns().add(column("returns.view.column.state", viewModel::stateText));
        table.getColumns().add(column("returns.view.column.file", IssuedReturn::fileName));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);

        var importButton = button("returns-import", "returns.view.import", this::chooseReturn);
        var chase = button("returns-chase", "returns.view.chase", viewModel::chase);
        var dropHint = new Label(Messages.get("returns.view.dropHint"));
        dropHint.getStyleClass().add("body-text");
        var status = new Label();
        status.setId("returns-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());

        getChildren().addAll(heading, intro, issueRow, table, new HBox(12, importButton, dropHint, chase), status,
                previewPane());
        setSpacing(12);
        setPadding(new Insets(24));
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            var files = event.getDragboard().getFiles();
            if (!files.isEmpty()) {
                viewModel.read(files.stream().map(File::toPath).toList());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    /** The preview: every change with a tick box, the problems of a refused return, and the buttons. */
    private VBox previewPane() {
        var heading = new Label();
        heading.getStyleClass().add("heading-m");
        heading.textProperty().bind(Bindings.createStringBinding(viewModel::previewHeading, viewModel.previews()));
        var changes = new ListView<ReturnsViewModel.Choice>(viewModel.choices());
        changes.setId("returns-preview-changes");
        changes.setAccessibleText(Messages.get("returns.preview.changes"));
        changes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReturnsViewModel.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                if (empty || choice == null) {
                    setGraphic(null);
                    return;
                }
                var box = new CheckBox(choice.change().organisation() + ": " + choice.text());
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(choice.accepted());
                setGraphic(box);
            }
        });
        var problems = new Label();
        problems.setId("returns-preview-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(viewModel.problemsProperty());
        var acceptAll = button("returns-accept-all", "returns.preview.acceptAll", viewModel::acceptAll);
        var takeIn = button("returns-take-in", "returns.preview.takeIn", viewModel::takeIn);
        takeIn.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.previews().stream()
                .allMatch(ReturnPreview::isRefused), viewModel.previews()));
        var discard = button("returns-discard", "returns.preview.discard", viewModel::discard);
        var pane = new VBox(8, heading, problems, changes, new HBox(8, acceptAll, takeIn, discard));
        pane.setId("returns-preview");
        pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.previews()));
        pane.managedProperty().bind(pane.visibleProperty());
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static TableColumn<IssuedReturn, String> column(String key,
                                                            java.util.function.Function<IssuedReturn, String> value) {
        var column = new TableColumn<IssuedReturn, String>(Messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(
                value.apply(cell.getValue())));
        return column;
    }

    private static Button button(String id, String key, Runnable action) {
        var button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(Messages.get(key).replace("_", ""));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void chooseFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("returns.view.chooseFolder").replace("_", ""));
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.toPath());
        }
    }

    private void chooseReturn() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("returns.view.import").replace("_", ""));
        // LibreOffice users may send .ods: it is read through LibreOffice (decision 0033).
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("returns.view.workbooks"), "*.xlsx", "*.ods", "*.xls"),
                new FileChooser.ExtensionFilter(Messages.get("returns.view.allFiles"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            viewModel.read(chosen.stream().map(File::toPath).toList());
        }
    }
}
