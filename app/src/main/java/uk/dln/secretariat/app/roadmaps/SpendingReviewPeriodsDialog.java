package uk.dln.secretariat.app.roadmaps;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.dln.secretariat.app.dialogs.DialogButtons;
import uk.dln.secretariat.app.forms.SelectionSync;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;

/** Edits the Spending Review periods roadmaps run over (Edit > Spending Review periods...). */
public final class SpendingReviewPeriodsDialog extends Dialog<ButtonType> {

    public SpendingReviewPeriodsDialog(Window owner, SpendingReviewPeriodsViewModel viewModel) {
        initOwner(owner);
        setTitle(Messages.get("roadmaps.periods.title"));
        setHeaderText(Messages.get("roadmaps.periods.heading"));

        var table = new TableView<SpendingReviewPeriod>(viewModel.periods());
        table.setId("periods-table");
        table.setAccessibleText(Messages.get("roadmaps.periods.title"));
        table.setPlaceholder(new Label(Messages.get("roadmaps.periods.empty")));
        table.getColumns().add(Columns.text("roadmaps.periods.code", SpendingReviewPeriod::code, 120));
        table.getColumns().add(Columns.text("roadmaps.periods.first", p -> p.firstYear().label(), 140));
        table.getColumns().add(Columns.text("roadmaps.periods.last", p -> p.lastYear().label(), 140));
        table.setPrefHeight(180);
        SelectionSync.bind(table, viewModel.selectedProperty(), viewModel.guard());

        var code = field("period-code", viewModel.codeProperty());
        var first = field("period-first", viewModel.firstYearProperty());
        var last = field("period-last", viewModel.lastYearProperty());
        first.setPromptText(Messages.get("roadmaps.periods.yearPrompt"));
        last.setPromptText(Messages.get("roadmaps.periods.yearPrompt"));
        var errors = viewModel.errors();
        var form = new FormGrid()
                .row("roadmaps.periods.code", code, errors.of("code"))
                .row("roadmaps.periods.first", first, errors.of("firstYear"))
                .row("roadmaps.periods.last", last, errors.of("lastYear"));
        var newButton = new Button(Messages.get("roadmaps.periods.new"));
        newButton.setOnAction(event -> {
            viewModel.newPeriod();
            code.requestFocus();
        });
        var save = new Button(Messages.get("roadmaps.periods.save"));
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        var delete = new Button(Messages.get("roadmaps.periods.delete"));
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> viewModel.delete());
        var general = new Label();
        general.textProperty().bind(errors.general());
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.setWrapText(true);

        getDialogPane().setContent(new VBox(12, table, form, new HBox(8, newButton, save, delete), general));
        getDialogPane().getButtonTypes().setAll(DialogButtons.close());
        // Closing over a period being typed asks first; Cancel keeps the dialog open with the work in it, Save or
        // Discard close it once the period is stored or given up.
        setOnCloseRequest(event -> {
            if (viewModel.isDirty()) {
                event.consume();
                viewModel.guard().leave(() -> javafx.application.Platform.runLater(this::close));
            }
        });
        getDialogPane().setPrefWidth(520);
        viewModel.load();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
