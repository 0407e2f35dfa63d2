package uk.dln.secretariat.app.meetings;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.forms.SelectionSync;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TextAreas;
import uk.dln.secretariat.app.forms.TwoColumns;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.model.meetings.Publication;

/**
 * The Agenda tab: items in order with times and paper references, the running time against the slot, and the
 * selected item's form, cover sheet and files. Items move with Alt+Up and Alt+Down in the list, or by dragging.
 */
final class AgendaView extends SplitPane {

    private final AgendaViewModel viewModel;
    private final TableView<AgendaRow> table;
    private final javafx.scene.control.TextField titleField = new javafx.scene.control.TextField();

    AgendaView(AgendaViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new TableView<>(viewModel.rows());
        var newItem = new Button(Messages.get("meetings.agenda.new"));
        var save = new Button(Messages.get("meetings.agenda.save"));
        var attach = new Button(Messages.get("meetings.files.attach"));
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().addAll(list(newItem), DetailScroll.of(detail(save, attach)));
        setDividerPositions(0.45);
        Shortcuts.on(this).alt(KeyCode.I, newItem).alt(KeyCode.S, save).alt(KeyCode.P, attach);
    }

    @Override
    public void requestFocus() {
        table.requestFocus();
    }

    private VBox list(Button newItem) {
        var timing = new Label();
        timing.setId("agenda-timing");
        timing.setWrapText(true);
        timing.textProperty().bind(viewModel.timingProperty());
        viewModel.overrunsProperty().addListener((obs, was, over) -> timing.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("overrun"), over));
        timing.getStyleClass().add("agenda-timing");

        table.setId("agenda-table");
        table.setAccessibleText(Messages.get("meetings.agenda.table"));
        table.setAccessibleHelp(Messages.get("meetings.agenda.moveHelp"));
        table.setPlaceholder(new Label(Messages.get("meetings.agenda.empty")));
        table.getColumns().add(Columns.text("meetings.column.itemNumber", r -> String.valueOf(r.number()), 44));
        table.getColumns().add(Columns.text("meetings.column.time", r -> Messages.get("meetings.agenda.time",
                r.start().toString(), r.end().toString()), 96));
        table.getColumns().add(Columns.text("meetings.column.title", r -> r.item().title(), 220));
        table.getColumns().add(Columns.text("meetings.column.purpose",
                r -> Messages.get(r.item().purpose().messageKey()), 110));
        table.getColumns().add(Columns.text("meetings.column.presenter", AgendaRow::presenter, 120));
        table.getColumns().add(Columns.text("meetings.column.paper", r -> r.files() == 0 ? r.reference()
                : Messages.get("meetings.agenda.paperWithFiles", r.reference(), r.files()), 140));
        table.getColumns().forEach(column -> column.setSortable(false));
        SelectionSync.bind(table, viewModel.selectedProperty(), viewModel.rowGuard());
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                viewModel.moveUp();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                viewModel.moveDown();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.delete();
                event.consume();
            }
        });
        table.setRowFactory(t -> draggableRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        newItem.setId("agenda-new");
        newItem.setOnAction(event -> {
            viewModel.newItem();
            titleField.requestFocus();
        });
        var up = new Button(Messages.get("meetings.agenda.up"));
        up.setOnAction(event -> viewModel.moveUp());
        var down = new Button(Messages.get("meetings.agenda.down"));
        down.setOnAction(event -> viewModel.moveDown());
        var exceptions = new Button(Messages.get("meetings.agenda.addExceptions"));
        exceptions.setId("agenda-exceptions");
        exceptions.setOnAction(event -> viewModel.addExceptionsReport());
        exceptions.disableProperty().bind(viewModel.lockedProperty());
        var delete = new Button(Messages.get("meetings.agenda.delete"));
        delete.setOnAction(event -> viewModel.delete());
        for (Button button : new Button[] {up, down, delete}) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.lockedProperty()));
        }
        newItem.disableProperty().bind(viewModel.lockedProperty());

        // The buttons wrap rather than shrink to "...", and the list keeps a few rows however short the window.
        var buttons = new javafx.scene.layout.FlowPane(8, 8, newItem, up, down, delete, exceptions);
        table.setMinHeight(130);
        var box = new VBox(8, buttons, timing, table);
        box.setPadding(new Insets(12));
        return box;
    }

    /** A row that can be dragged to a new place in the order. */
    private TableRow<AgendaRow> draggableRow() {
        var row = new TableRow<AgendaRow>();
        row.setOnDragDetected(event -> {
            if (!row.isEmpty() && !viewModel.lockedProperty().get()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                var content = new ClipboardContent();
                content.putString(String.valueOf(row.getIndex()));
                board.setContent(content);
                event.consume();
            }
        });
        row.setOnDragOver(event -> {
            if (event.getGestureSource() instanceof TableRow<?> && event.getDragboard().hasString()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
        });
        row.setOnDragDropped(event -> {
            int from = Integer.parseInt(event.getDragboard().getString());
            int to = row.isEmpty() ? table.getItems().size() : row.getIndex() + 1;
            viewModel.moveTo(table.getItems().get(from), to);
            event.setDropCompleted(true);
            event.consume();
        });
        return row;
    }

    private TwoColumns detail(Button save, Button attach) {
        var form = viewModel.form();
        var errors = form.errors();
        var title = titleField;
        title.setId("item-title");
        title.textProperty().bindBidirectional(form.titleProperty());
        var purpose = Choices.of("item-purpose", FXCollections.observableArrayList(ItemPurpose.values()),
                p -> Messages.get(p.messageKey()), form.purposeProperty());
        var presenter = Choices.of("item-presenter", viewModel.presenters(), viewModel::personLabel,
                form.presenterProperty());
        var minutes = MeetingDetailsView.field("item-minutes", form.minutesProperty());
        var paper = new CheckBox(Messages.get("meetings.field.paper"));
        paper.setId("item-paper");
        paper.setMnemonicParsing(false);
        paper.setAccessibleText(Messages.get("meetings.field.paper"));
        paper.selectedProperty().bindBidirectional(form.paperProperty());
        var grid = new FormGrid()
                .row("meetings.field.title", title, errors.of("title"))
                .row("meetings.field.purpose", purpose, errors.of("purpose"))
                .row("meetings.field.presenter", presenter, errors.of("presenter"))
                .row("meetings.field.minutes", minutes, errors.of("minutes"));
        var coverHeading = new Label(Messages.get("meetings.cover.heading"));
        coverHeading.getStyleClass().add("heading-s");
        var cover = new FormGrid()
                .row("meetings.field.author", MeetingDetailsView.field("item-author", form.authorProperty()),
                        errors.of("author"))
                .row("meetings.field.sponsor", MeetingDetailsView.field("item-sponsor", form.sponsorProperty()),
                        errors.of("sponsor"))
                .row("meetings.field.summary", TextAreas.create("item-summary", form.summaryProperty(), 3),
                        errors.of("summary"))
                .row("meetings.field.recommendations",
                        TextAreas.create("item-recommendations", form.recommendationsProperty(), 3),
                        errors.of("recommendations"))
                .row("meetings.field.itemMarking", MeetingDetailsView.markingField(form.markingProperty()),
                        errors.of("marking"))
                .row("meetings.field.paperDate", paperDate(form), errors.of("paperDate"))
                .row("meetings.field.previousConsideration",
                        TextAreas.create("item-previous-consideration", form.previousConsiderationProperty(), 2),
                        errors.of("previousConsideration"))
                .row("meetings.field.consultation",
                        TextAreas.create("item-consultation", form.consultationProperty(), 2),
                        errors.of("consultation"))
                .row("meetings.field.financialImplications",
                        TextAreas.create("item-financial", form.financialImplicationsProperty(), 2),
                        errors.of("financialImplications"))
                .row("meetings.field.legalImplications",
                        TextAreas.create("item-legal", form.legalImplicationsProperty(), 2),
                        errors.of("legalImplications"))
                .row("meetings.field.riskImplications",
                        TextAreas.create("item-risk", form.riskImplicationsProperty(), 2),
                        errors.of("riskImplications"))
                .row("meetings.field.publication", Choices.of("item-publication",
                        FXCollections.observableArrayList(Publication.values()), p -> Messages.get(p.messageKey()),
                        form.publicationProperty()), new SimpleStringProperty(""));
        save.setId("item-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        save.disableProperty().bind(viewModel.lockedProperty());

        var filesHeading = new Label(Messages.get("meetings.files.heading"));
        filesHeading.getStyleClass().add("heading-s");
        var files = new ListView<PaperFile>(viewModel.files());
        files.setId("item-files");
        files.setAccessibleText(Messages.get("meetings.files.heading"));
        files.setPlaceholder(new Label(Messages.get("meetings.files.empty")));
        files.setPrefHeight(90);
        files.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PaperFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? "" : Messages.get("meetings.files.line", file.fileName(),
                        Math.max(1, file.sizeBytes() / 1024)));
            }
        });
        files.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && files.getSelectionModel().getSelectedItem() != null) {
                viewModel.openPaper(files.getSelectionModel().getSelectedItem());
            }
        });
        attach.setId("item-attach");
        attach.setOnAction(event -> viewModel.attachPaper());
        attach.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.lockedProperty()));
        var open = new Button(Messages.get("meetings.files.open"));
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> viewModel.openPaper(files.getSelectionModel().getSelectedItem()));
        var remove = new Button(Messages.get("meetings.files.remove"));
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.lockedProperty()));
        remove.setOnAction(event -> viewModel.removePaper(files.getSelectionModel().getSelectedItem()));
        var general = MeetingDetailsView.message(errors.general());

        var arising = new TableView<ActionSummary>(viewModel.mattersArising());
        arising.setAccessibleText(Messages.get("meetings.agenda.mattersArising"));
        arising.setPlaceholder(new Label(Messages.get("meetings.agenda.mattersArising.empty")));
        arising.getColumns().add(Columns.text("meetings.column.reference", a -> a.action().reference(), 90));
        arising.getColumns().add(Columns.text("meetings.column.action", a -> a.action().description(), 240));
        arising.getColumns().add(Columns.text("meetings.column.owner", ActionSummary::ownerName, 120));
        arising.getColumns().add(Columns.date("meetings.column.due", a -> a.action().dueOn(), 90));
        arising.setPrefHeight(150);
        var arisingHeading = new Label(Messages.get("meetings.agenda.mattersArising"));
        arisingHeading.getStyleClass().add("heading-s");

        var closeArising = new Button(Messages.get("meetings.agenda.closeArising"));
        closeArising.setId("agenda-close-arising");
        closeArising.disableProperty().bind(arising.getSelectionModel().selectedItemProperty().isNull());
        closeArising.setOnAction(event -> viewModel.closeArising(arising.getSelectionModel().getSelectedItem()));
        var item = new VBox(10, grid, paper, general, UnsavedMark.row(viewModel, save), filesHeading, files,
                new HBox(8, attach, open, remove),
                arisingHeading, arising, closeArising);
        var coverBox = new VBox(10, coverHeading, cover);
        HBox.setHgrow(item, Priority.ALWAYS);
        HBox.setHgrow(coverBox, Priority.ALWAYS);
        item.setPrefWidth(360);
        coverBox.setPrefWidth(360);
        var box = new TwoColumns(item, coverBox, 24, 740);
        box.setPadding(new Insets(12, 16, 12, 16));
        box.getStyleClass().add("detail-pane");
        UnsavedMark.owns(box, viewModel);
        return box;
    }

    /** The date of the paper: typed as day/month/year or picked, kept when Tab leaves the field. */
    private static DatePicker paperDate(AgendaItemFormViewModel form) {
        DatePicker picker = DatePickers.create(form.errors(), "paperDate");
        picker.setId("item-paper-date");
        picker.valueProperty().bindBidirectional(form.paperDateProperty());
        return picker;
    }
}
