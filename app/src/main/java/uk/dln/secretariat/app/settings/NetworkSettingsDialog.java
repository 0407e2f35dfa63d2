package uk.dln.secretariat.app.settings;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.dln.secretariat.app.dialogs.DialogButtons;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Messages;

/** Edits the settings that belong to the network: its name, paper-reference prefix and default marking. */
public final class NetworkSettingsDialog extends Dialog<ButtonType> {

    public NetworkSettingsDialog(Window owner, NetworkSettingsViewModel viewModel, DialogService dialogs) {
        initOwner(owner);
        setTitle(Messages.get("settings.title"));
        setHeaderText(Messages.get("settings.heading"));

        var name = new TextField();
        name.textProperty().bindBidirectional(viewModel.networkNameProperty());
        name.setId("settings-network-name");
        var prefix = new TextField();
        prefix.textProperty().bindBidirectional(viewModel.paperReferencePrefixProperty());
        prefix.setId("settings-prefix");
        var marking = new ComboBox<String>();
        uk.dln.secretariat.app.forms.TypeAhead.install(marking);
        marking.setEditable(true);
        marking.getItems().setAll(NetworkSettingsViewModel.markingSuggestions());
        marking.getEditor().textProperty().bindBidirectional(viewModel.defaultMarkingProperty());
        marking.setId("settings-marking");

        var scale = new ComboBox<ConfidenceScale>();
        uk.dln.secretariat.app.forms.TypeAhead.install(scale);
        scale.getItems().setAll(ConfidenceScale.values());
        scale.setConverter(Choices.labels(value -> Messages.get(value.messageKey())));
        scale.valueProperty().bindBidirectional(viewModel.confidenceScaleProperty());
        scale.setId("settings-confidence-scale");
        var threshold = new TextField();
        threshold.textProperty().bindBidirectional(viewModel.slippageThresholdProperty());
        threshold.setId("settings-slippage-threshold");
        var exceptionsLimit = new TextField();
        exceptionsLimit.textProperty().bindBidirectional(viewModel.exceptionsLimitProperty());
        exceptionsLimit.setId("settings-exceptions-limit");
        var papersDeadline = new TextField();
        papersDeadline.textProperty().bindBidirectional(viewModel.papersDeadlineProperty());
        papersDeadline.setId("settings-papers-deadline");

        var documentLanguage = new ComboBox<DocumentLanguage>();
        documentLanguage.getItems().setAll(DocumentLanguage.values());
        documentLanguage.setConverter(Choices.labels(value -> Messages.get(value.messageKey())));
        documentLanguage.valueProperty().bindBidirectional(viewModel.documentLanguageProperty());
        documentLanguage.setId("settings-document-language");

        var closingUpdate = new javafx.scene.control.CheckBox(Messages.get("settings.closingUpdateRequired.box"));
        closingUpdate.selectedProperty().bindBidirectional(viewModel.closingUpdateRequiredProperty());
        closingUpdate.setAccessibleText(Messages.get("settings.closingUpdateRequired.box"));
        closingUpdate.setId("settings-closing-update");
        closingUpdate.setWrapText(true);

        var errors = viewModel.errors();
        var form = new FormGrid()
                .row("settings.networkName", name, errors.of(NetworkSettingsViewModel.NAME))
                .row("settings.paperReferencePrefix", prefix, errors.of(NetworkSettingsViewModel.PREFIX))
                .row("settings.defaultMarking", marking, errors.of(NetworkSettingsViewModel.MARKING))
                .row("settings.confidenceScale", scale, errors.of(NetworkSettingsViewModel.SCALE))
                .row("settings.slippageThreshold", threshold, errors.of(NetworkSettingsViewModel.THRESHOLD))
                .row("settings.exceptionsLimit", exceptionsLimit,
                        errors.of(NetworkSettingsViewModel.EXCEPTIONS_LIMIT))
                .row("settings.papersDeadline", papersDeadline,
                        errors.of(NetworkSettingsViewModel.PAPERS_DEADLINE))
                .row("settings.documentLanguage", documentLanguage,
                        new javafx.beans.property.ReadOnlyStringWrapper("").getReadOnlyProperty())
                .row("settings.closingUpdateRequired", closingUpdate,
                        new javafx.beans.property.ReadOnlyStringWrapper("").getReadOnlyProperty());
        var hint = new Label(Messages.get("settings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var general = new Label();
        general.textProperty().bind(errors.general());
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.setWrapText(true);

        getDialogPane().setContent(new VBox(12, form, hint, general));
        var ok = DialogButtons.ok();
        var cancel = DialogButtons.cancel();
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        // Wide enough for the longest label (Welsh ones are longer) beside a field that shows its whole choice (the
        // confidence scale), and still inside a 1024-pixel screen.
        getDialogPane().setPrefWidth(780);
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            // Keep the dialog open until the settings are valid and saved; the save closes it.
            event.consume();
            viewModel.save(() -> setResult(ok));
        });
        // Cancel, Escape or the window's close button over unsaved settings asks first.
        var guard = new ChangeGuard(dialogs).watch(viewModel.editor());
        getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, event -> {
            if (guard.isDirty()) {
                event.consume();
                guard.leave(() -> setResult(cancel));
            }
        });
        setOnCloseRequest(event -> {
            if (getResult() == null && guard.isDirty()) {
                event.consume();
                guard.leave(() -> setResult(cancel));
            }
        });
        setOnShown(event -> name.requestFocus());
        viewModel.load();
    }
}
