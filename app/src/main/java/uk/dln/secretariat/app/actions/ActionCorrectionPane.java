package uk.dln.secretariat.app.actions;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Organisation;

/**
 * "Correct this action", folded under the selected action: wording, owner, organisation, due date and a reason,
 * the corrections so far, and withdrawal of an action raised in error. Alt+K reaches its heading; Space opens it.
 */
final class ActionCorrectionPane extends TitledPane {

    private final Button save = new Button(Messages.get("actions.correct.save"));

    ActionCorrectionPane(ActionCorrectionViewModel form, Shortcuts shortcuts) {
        var errors = form.errors();
        var description = new TextArea();
        description.setId("action-correct-description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        var owner = Choices.of("action-correct-owner", form.leaders(), leader -> leader.name(),
                form.ownerProperty());
        var organisation = Choices.of("action-correct-organisation", form.organisations(),
                Organisation::shortName, form.organisationProperty());
        var due = DatePickers.create(errors, ActionCorrectionViewModel.DUE);
        due.setId("action-correct-due");
        due.valueProperty().bindBidirectional(form.dueOnProperty());
        var reason = new TextField();
        reason.setId("action-correct-reason");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        var grid = new FormGrid()
                .row("actions.correct.description", description, errors.of(ActionCorrectionViewModel.DESCRIPTION))
                .row("actions.correct.owner", owner, errors.of(ActionCorrectionViewModel.OWNER))
                .row("actions.correct.organisation", organisation, errors.of(ActionCorrectionViewModel.ORGANISATION))
                .row("actions.correct.due", due, errors.of(ActionCorrectionViewModel.DUE))
                .row("actions.correct.reason", reason, errors.of(ActionCorrectionViewModel.REASON));
        var hint = new Label(Messages.get("actions.correct.reasonHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        // Said when it matters: the reason is asked for as soon as the due date moves.
        hint.visibleProperty().bind(form.dueMovedProperty());
        hint.managedProperty().bind(hint.visibleProperty());

        var noAction = form.actionProperty().isNull();
        save.setId("action-correct-save");
        save.setOnAction(event -> form.save());
        save.disableProperty().bind(noAction);
        var withdraw = new Button(Messages.get("actions.withdraw"));
        withdraw.setId("action-withdraw");
        withdraw.setOnAction(event -> form.withdraw());
        withdraw.disableProperty().bind(noAction);
        var general = new Label();
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.setWrapText(true);
        general.textProperty().bind(errors.general());

        var historyHeading = new Label(Messages.get("actions.correct.history"));
        historyHeading.getStyleClass().add("action-detail-subheading");
        var history = new ListView<>(form.history());
        history.setId("action-corrections");
        history.setAccessibleText(Messages.get("actions.correct.history"));
        history.setPlaceholder(new Label(Messages.get("actions.correct.history.none")));
        history.setPrefHeight(110);
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        setText(Messages.get("actions.correct.heading"));
        setId("action-correct");
        setAccessibleHelp(Messages.get("actions.correct.heading.help"));
        setExpanded(false);
        // The labels' own mnemonics do not reach controls inside a titled pane that was folded when built.
        shortcuts.altFocus(KeyCode.K, this).altFocus(KeyCode.B, due).altFocus(KeyCode.R, reason)
                .alt(KeyCode.J, save);
        var changedByOther = new ChangedByOthersBar(form.changedByOtherProperty(), form::reloadStored);
        changedByOther.setId("action-correct-changed");
        changedByOther.reloadButton().setId("action-correct-reload");
        shortcuts.alt(KeyCode.X, changedByOther.reloadButton());
        setContent(new VBox(8, changedByOther, grid, hint, new FlowPane(8, 8, save, withdraw), general,
                historyHeading, history));
    }
}
