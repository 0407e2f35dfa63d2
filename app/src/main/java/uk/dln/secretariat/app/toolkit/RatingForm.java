package uk.dln.secretariat.app.toolkit;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TextAreas;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.ToolkitApproach;

/** Rates one organisation's approach in the chosen round: level (with its meaning), evidence and next step. */
final class RatingForm extends ScrollPane {

    private final ComboBox<MaturityLevel> level;
    private final Button save;

    RatingForm(SelfAssessmentViewModel viewModel) {
        var errors = viewModel.ratingErrors();
        var organisation = guarded("toolkit-rate-organisation", viewModel.organisations(),
                (Organisation o) -> o.shortName() + " \u2013 " + o.name(), viewModel.organisationProperty(),
                viewModel::chooseOrganisation);
        var approach = guarded("toolkit-rate-approach", viewModel.approaches(), ToolkitApproach::label,
                viewModel.approachProperty(), viewModel::chooseApproach);
        level = Choices.of("toolkit-rate-level", javafx.collections.FXCollections.observableArrayList(
                MaturityLevel.values()), l -> Messages.get(l.shortKey()) + "  "
                + Messages.get(l.messageKey()) + ": " + Messages.get(l.meaningKey()), viewModel.levelProperty());
        var reason = text("toolkit-rate-reason", viewModel.reasonProperty());
        var evidence = TextAreas.create("toolkit-rate-evidence", viewModel.evidenceProperty(), 4);
        var nextStep = TextAreas.create("toolkit-rate-next-step", viewModel.nextStepProperty(), 2);
        var owner = text("toolkit-rate-owner", viewModel.ownerProperty());
        var target = DatePickers.create(errors, "targetOn");
        target.setId("toolkit-rate-target");
        target.valueProperty().bindBidirectional(viewModel.targetOnProperty());

        var form = new FormGrid()
                .row("toolkit.rate.organisation", organisation, errors.of("organisation"))
                .row("toolkit.rate.approach", approach, errors.of("approach"))
                .row("toolkit.rate.level", level, errors.of("level"))
                .row("toolkit.rate.reason", reason, errors.of("notApplicableReason"))
                .row("toolkit.rate.evidence", evidence, errors.of("evidence"))
                .row("toolkit.rate.nextStep", nextStep, errors.of("nextStep"))
                .row("toolkit.rate.owner", owner, errors.of("owner"))
                .row("toolkit.rate.target", target, errors.of("targetOn"));
        reason.disableProperty().bind(viewModel.levelProperty().isNotEqualTo(MaturityLevel.NOT_APPLICABLE));

        save = new Button(Messages.get("toolkit.rate.save"));
        save.setId("toolkit-rate-save");
        save.setOnAction(event -> viewModel.saveRating());
        var status = new Label();
        status.setId("toolkit-rate-status");
        status.textProperty().bind(viewModel.ratingStatusProperty());
        var general = new Label();
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.textProperty().bind(javafx.beans.binding.Bindings.concat(errors.of("round"), " ",
                errors.general()));
        var hint = new Label(Messages.get("toolkit.rate.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        var changedByOther = new ChangedByOthersBar(viewModel.ratingChangedByOthers().textProperty(),
                viewModel.ratingChangedByOthers()::reloadStored);
        changedByOther.setId("rating-changed");
        Shortcuts.on(changedByOther).alt(KeyCode.X, changedByOther.reloadButton());
        var box = new VBox(12, hint, changedByOther, form, UnsavedMark.row(viewModel.ratingEditor(), save, status),
                general);
        box.setPadding(new Insets(16));
        box.setMaxWidth(820);
        UnsavedMark.owns(box, viewModel.ratingEditor());
        setContent(box);
        setFitToWidth(true);
        setFocusTraversable(false);
    }

    /** Enter saves the rating only while the form is showing, never from another tab or section. */
    void saveOnEnterWhile(javafx.beans.value.ObservableBooleanValue showing) {
        save.defaultButtonProperty().bind(showing);
    }

    void focusLevel() {
        level.requestFocus();
    }

    /**
     * A drop-down that shows what the form is rating and asks the view model to choose another: unsaved changes are
     * asked about first, and on Cancel the drop-down goes back to what the form still shows. Asked after the choice
     * is made, since the question is modal.
     */
    private static <T> ComboBox<T> guarded(String id, ObservableList<T> items, Function<T, String> label,
                                           ObjectProperty<T> chosen, Consumer<T> choose) {
        var shown = new SimpleObjectProperty<T>(chosen.get());
        var comboBox = Choices.of(id, items, label, shown);
        chosen.addListener((obs, old, now) -> shown.set(now));
        shown.addListener((obs, old, now) -> {
            if (now != null && !now.equals(chosen.get())) {
                Platform.runLater(() -> {
                    choose.accept(now);
                    // Cancel (or a save still running) leaves the form as it was: show that until it changes.
                    shown.set(chosen.get());
                });
            }
        });
        return comboBox;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
