package uk.dln.secretariat.app.meetings;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.MeetingKind;

/** The Details tab: when and where the meeting is, who chairs it, its kind and its marking. */
final class MeetingDetailsView extends VBox {

    private final DatePicker date;

    MeetingDetailsView(MeetingsViewModel viewModel) {
        var form = viewModel.form();
        date = DatePickers.create(form.errors(), "date");
        date.setId("meeting-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        var chair = Choices.of("meeting-chair", viewModel.chairs(), viewModel::personLabel, form.chairProperty());
        var kind = Choices.of("meeting-kind", javafx.collections.FXCollections.observableArrayList(
                MeetingKind.values()), k -> Messages.get(k.messageKey()), form.kindProperty());
        var marking = markingField(form.markingProperty());
        var errors = form.errors();
        var grid = new FormGrid()
                .row("meetings.field.date", date, errors.of("date"))
                .row("meetings.field.startTime", field("meeting-start", form.startTimeProperty()),
                        errors.of("startTime"))
                .row("meetings.field.slot", field("meeting-slot", form.slotMinutesProperty()),
                        errors.of("slotMinutes"))
                .row("meetings.field.place", field("meeting-place", form.placeProperty()), errors.of("place"))
                .row("meetings.field.videoLink", field("meeting-link", form.videoLinkProperty()),
                        errors.of("videoLink"))
                .row("meetings.field.chair", chair, errors.of("chair"))
                .row("meetings.field.kind", kind, errors.of("kind"))
                .row("meetings.field.marking", marking, errors.of("marking"));
        var hint = new Label(Messages.get("meetings.field.marking.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var save = new Button(Messages.get("meetings.save"));
        save.setId("meeting-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        var delete = new Button(Messages.get("meetings.delete"));
        delete.disableProperty().bind(form.editingExistingProperty().not());
        delete.setOnAction(event -> viewModel.delete());
        var undo = new Button();
        undo.setId("meeting-undo-status");
        undo.setAccessibleText(Messages.get("meetings.undo.accessible"));
        undo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.undoStatusProperty().get() == null ? ""
                        : MeetingsViewModel.undoLabel(viewModel.undoStatusProperty().get()),
                viewModel.undoStatusProperty()));
        undo.visibleProperty().bind(viewModel.undoStatusProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.disableProperty().bind(viewModel.undoStatusProperty().isNull());
        undo.setOnAction(event -> viewModel.undoStatus());
        var general = MeetingDetailsView.message(errors.general());
        // Beside Save and Delete, so a small window shows it without scrolling; the row wraps when it must.
        var box = new VBox(12, grid, hint, general, UnsavedMark.row(viewModel.detailsEditor(), save, delete, undo));
        box.setPadding(new Insets(16));
        box.getStyleClass().add("detail-pane");
        ScrollPane scroll = DetailScroll.of(box);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(scroll);
        Shortcuts.on(this).alt(KeyCode.S, save).alt(KeyCode.U, undo);
        // The undo command's name changes with the status: its tooltip follows it.
        undo.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("shortcut.tooltip", undo.getText(), "Alt+U"), undo.textProperty()));
        UnsavedMark.owns(this, viewModel.detailsEditor());
    }

    @Override
    public void requestFocus() {
        date.requestFocus();
        // Typing replaces the suggested date rather than adding to it.
        date.getEditor().selectAll();
    }

    /** A marking is typed (OFFICIAL-SENSITIVE PERSONAL DATA) or picked from the usual ones. */
    static ComboBox<String> markingField(StringProperty value) {
        var marking = new ComboBox<String>();
        uk.dln.secretariat.app.forms.TypeAhead.install(marking);
        marking.setEditable(true);
        marking.getItems().addAll(ProtectiveMarking.OFFICIAL.label(), "OFFICIAL-SENSITIVE",
                "OFFICIAL-SENSITIVE PERSONAL DATA", "OFFICIAL-SENSITIVE COMMERCIAL");
        marking.getEditor().textProperty().bindBidirectional(value);
        return marking;
    }

    /** A message not tied to one field, in words, taking no room while there is none. */
    static Label message(javafx.beans.value.ObservableStringValue text) {
        var label = new Label();
        label.getStyleClass().add(uk.dln.secretariat.app.forms.FormGrid.ERROR_STYLE);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    static TextField field(String id, StringProperty property) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
