package uk.dln.secretariat.app.actions;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.SidePanel;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;

/** The Actions section: filters and saved views, the summary strip, the tracker table and the selected action. */
public final class ActionLogView extends BorderPane {

    /**
     * The section's width from which the table's reference, due date, status, owner and organisation fit beside the
     * selected action's detail; below it the detail folds away (a 1024-pixel window).
     */
    static final double DETAIL_FITS_FROM = 1000;

    public ActionLogView(ActionLogViewModel viewModel) {
        var shortcuts = Shortcuts.on(this);
        var table = table(viewModel);
        var filters = new ActionFilterBar(viewModel, shortcuts);

        var summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("action-summary-totals");
        var byOrganisation = new Label();
        byOrganisation.textProperty().bind(viewModel.byOrganisationProperty());
        byOrganisation.setWrapText(true);
        var count = new Label();
        count.textProperty().bind(viewModel.countProperty());
        var chasers = ActionDetailPane.button("actions.chasers", "actions-chasers", () -> {
            var chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("actions.chasers.choose"));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                viewModel.writeChasers(folder.toPath());
            }
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        chasers.setMinWidth(Region.USE_PREF_SIZE);
        var totals = new VBox(2, summary, byOrganisation);
        HBox.setHgrow(totals, Priority.ALWAYS);
        var strip = new HBox(16, totals, spacer, chasers);
        strip.getStyleClass().add("action-summary");

        var detailPane = new ActionDetailPane(viewModel, table, shortcuts);
        var detail = new ScrollPane(detailPane);
        // Scrolling rather than squeezing: on a short window the detail never overlaps the filters above it.
        detail.setFitToWidth(true);
        detail.setFitToHeight(true);
        // Never narrower than its content needs (its buttons and fields are wider in Welsh): the divider stops there
        // and the table gives way, rather than the detail being cut off at the window's edge behind a scroll bar.
        detail.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(260, detailPane.minWidth(-1) + DETAIL_SCROLL_BAR), detailPane.needsLayoutProperty()));
        var split = new SplitPane();
        var detailToggle = SidePanel.install(widthProperty(), DETAIL_FITS_FROM, shown -> {
            if (shown && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                split.setDividerPositions(0.71);
            } else if (!shown) {
                split.getItems().remove(detail);
            }
        }, "actions.detail.show", "actions.detail.hide");
        detailToggle.setId("actions-detail-toggle");
        var countSpacer = new Region();
        HBox.setHgrow(countSpacer, Priority.ALWAYS);
        var countRow = new HBox(8, count, countSpacer, detailToggle);
        countRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var tablePane = new VBox(4, countRow, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        split.getItems().add(0, tablePane);

        var heading = new Label(Messages.get("section.actions"));
        heading.getStyleClass().add("section-heading");
        setTop(new VBox(8, heading, strip, filters));
        setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setPadding(new Insets(16));
        getStyleClass().add("action-log");
        shortcuts.altFocus(KeyCode.L, table).alt(KeyCode.C, chasers);
    }

    /** Room for the detail's vertical scroll bar beside its content. */
    private static final double DETAIL_SCROLL_BAR = 20;

    private static TableView<ActionRow> table(ActionLogViewModel viewModel) {
        var table = new TableView<>(viewModel.shown());
        table.setId("actions-table");
        table.setAccessibleText(Messages.get("actions.table"));
        table.setPlaceholder(new Label(Messages.get("actions.table.empty")));
        // Wide enough for the longest overdue date in bold, in the window's language ("Yn hwyr 23 Gorff 2026").
        var due = Columns.<ActionRow>date("actions.column.due", r -> r.action().dueOn(),
                Columns.fitting(200, "actions.column.due", Columns.longestDates().stream()
                        .map(date -> Messages.get("actions.overdue", date)).toList(), javafx.scene.text.FontWeight.BOLD));
        due.setCellFactory(c -> new DueCell(viewModel));
        var status = Columns.<ActionRow>text("actions.column.status",
                r -> Messages.get(r.action().status().messageKey()), 150);
        // Who and when come before what: the columns a reader scans for fit first, the long texts last.
        table.getColumns().setAll(java.util.List.of(
                Columns.text("actions.column.reference", r -> r.action().reference(), 85),
                due, status,
                Columns.text("actions.column.owner", r -> r.entry().ownerName(), 135),
                Columns.text("actions.column.organisation", r -> r.entry().organisationShortName(), 170),
                Columns.text("actions.column.description", r -> r.action().description(), 260),
                Columns.text("actions.column.latest", r -> r.entry().latestUpdate() == null ? ""
                        : r.entry().latestUpdate().text(), 240)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    /** The due date, and for an overdue action the word and a warning sign as well as the colour. */
    private static final class DueCell extends TableCell<ActionRow, java.time.LocalDate> {

        private final ActionLogViewModel viewModel;

        DueCell(ActionLogViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(java.time.LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            getStyleClass().remove("action-overdue");
            ActionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || date == null) {
                setText(null);
                return;
            }
            if (row.overdueOn(viewModel.today())) {
                setText(Messages.get("actions.overdue", Dates.format(date)));
                getStyleClass().add("action-overdue");
            } else {
                setText(Dates.format(date));
            }
        }
    }
}
