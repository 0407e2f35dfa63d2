package uk.dln.secretariat.app.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;

/**
 * Beside the tracker: the selected action, its dated updates, a box for a new update, and the status commands,
 * which apply to every selected row with one confirmation.
 */
final class ActionDetailPane extends VBox {

    ActionDetailPane(ActionLogViewModel viewModel, TableView<ActionRow> table, Shortcuts shortcuts) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        var heading = new Label();
        heading.getStyleClass().add("action-detail-heading");
        heading.setWrapText(true);
        var facts = new Label();
        facts.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            heading.setText(row == null ? Messages.get("actions.detail.none")
                    : row.action().reference() + "  " + row.action().description());
            facts.setText(row == null ? "" : Messages.get("actions.detail.facts", row.entry().ownerName(),
                    row.entry().organisationShortName(), Dates.format(row.action().dueOn()),
                    Messages.get(row.action().status().messageKey()),
                    Messages.get("actions.meetingLabel", row.entry().meetingNumber(),
                            Dates.format(row.entry().meetingOn())), row.entry().itemTitle()));
        });
        heading.setText(Messages.get("actions.detail.none"));

        var history = new ListView<>(viewModel.updates());
        history.setAccessibleText(Messages.get("actions.updates"));
        history.setPlaceholder(new Label(Messages.get("actions.updates.none")));
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ActionUpdate update, boolean empty) {
                super.updateItem(update, empty);
                setText(empty || update == null ? null : viewModel.historyLine(update));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        history.setId("actions-updates");
        VBox.setVgrow(history, Priority.ALWAYS);

        var text = uk.dln.secretariat.app.forms.TextAreas.tabLeaves(new TextArea());
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(viewModel.updateTextProperty());
        text.setAccessibleText(Messages.get("actions.update.text"));
        text.setId("actions-update-text");
        var textLabel = new Label(Messages.get("actions.update.text"));
        textLabel.setLabelFor(text);
        var error = new Label();
        error.textProperty().bind(viewModel.errors().of(ActionLogViewModel.TEXT));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);

        var noneSelected = viewModel.selectedProperty().isNull();
        var add = button("actions.update.add", "actions-add-update", viewModel::addUpdate);
        add.disableProperty().bind(noneSelected);
        var propose = button("actions.proposeForClosure", "actions-propose", viewModel::proposeForClosure);
        propose.disableProperty().bind(noneSelected);
        var target = new ComboBox<ActionStatus>();
        uk.dln.secretariat.app.forms.TypeAhead.install(target);
        target.getItems().setAll(ActionStatus.values());
        target.valueProperty().bindBidirectional(viewModel.newStatusProperty());
        target.setButtonCell(statusCell());
        target.setCellFactory(list -> statusCell());
        target.setAccessibleText(Messages.get("actions.newStatus"));
        target.setId("actions-new-status");
        var targetLabel = new Label(Messages.get("actions.newStatus"));
        targetLabel.setLabelFor(target);
        var apply = button("actions.applyStatus", "actions-apply-status", () -> viewModel.changeStatus(
                java.util.List.copyOf(table.getSelectionModel().getSelectedItems()), target.getValue()));
        apply.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));

        // Over the typed update when someone else changes the action; its Reload asks before the typing goes.
        var changedByOther = new uk.dln.secretariat.app.forms.ChangedByOthersBar(
                viewModel.updateChangedByOtherProperty(), viewModel::reloadForUpdate);
        changedByOther.setId("actions-update-changed");
        changedByOther.reloadButton().setId("actions-update-reload");

        var updatesHeading = new Label(Messages.get("actions.updates"));
        updatesHeading.getStyleClass().add("action-detail-subheading");
        var correction = new ActionCorrectionPane(viewModel.correction(), shortcuts);
        getChildren().addAll(heading, facts, updatesHeading, history, changedByOther, textLabel, text, error,
                new javafx.scene.layout.FlowPane(8, 8, add, propose),
                new javafx.scene.layout.FlowPane(8, 8, targetLabel, target, apply), correction);
        setSpacing(8);
        getStyleClass().add("action-detail");
        shortcuts.altFocus(KeyCode.U, text).alt(KeyCode.A, add).alt(KeyCode.P, propose).altFocus(KeyCode.G, target)
                .alt(KeyCode.Y, apply);
    }

    static Button button(String key, String id, Runnable action) {
        var button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        button.setAccessibleText(Messages.get(key));
        button.setId(id);
        return button;
    }

    private static ListCell<ActionStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ActionStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty || status == null ? "" : Messages.get(status.messageKey()));
            }
        };
    }
}
