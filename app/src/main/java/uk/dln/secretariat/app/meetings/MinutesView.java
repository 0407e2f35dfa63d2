package uk.dln.secretariat.app.meetings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.directory.OrganisationsView;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TextAreas;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The Minutes tab: attendance and declarations on the left; on the right each item's discussion and decisions, the
 * actions raised at it and a form to raise another. Once approved, everything is read-only and says so.
 */
final class MinutesView extends VBox {

    /** The width from which the meeting's texts and the items' texts fit side by side. */
    private static final double SIDE_BY_SIDE_FROM = 700;

    private final MinutesViewModel viewModel;
    private final ListView<ItemMinutesRow> items;
    /** Stand-ins the item fields show while no item is selected. */
    private final StringProperty noDiscussion = new SimpleStringProperty("");
    private final StringProperty noDecisions = new SimpleStringProperty("");

    MinutesView(MinutesViewModel viewModel) {
        this.viewModel = viewModel;
        this.items = new ListView<>(viewModel.items());
        var banner = new Label();
        banner.setId("minutes-locked");
        banner.getStyleClass().add("locked-banner");
        banner.setWrapText(true);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.textProperty().bind(viewModel.lockMessageProperty());
        banner.visibleProperty().bind(viewModel.lockedProperty().and(viewModel.lockMessageProperty().isNotEmpty()));
        banner.managedProperty().bind(banner.visibleProperty());
        var draft = new Button(Messages.get("meetings.minutes.draft"));
        draft.setId("minutes-draft");
        draft.setOnAction(event -> viewModel.draft());
        var save = new Button(Messages.get("meetings.minutes.save"));
        save.setId("minutes-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        var raise = new Button(Messages.get("meetings.minutes.raise"));
        raise.setId("action-raise");
        raise.setOnAction(event -> viewModel.raiseAction());
        for (Button button : new Button[] {draft, save, raise}) {
            button.disableProperty().bind(viewModel.lockedProperty());
        }
        var general = MeetingDetailsView.message(viewModel.errors().general());

        var split = new SplitPane(DetailScroll.of(meetingLevel()), DetailScroll.of(itemLevel(raise)));
        split.setDividerPositions(0.42);
        // Side by side where there is room; one above the other beside the meetings list on a small screen.
        split.widthProperty().addListener((obs, old, width) -> split.setOrientation(
                width.doubleValue() < SIDE_BY_SIDE_FROM ? Orientation.VERTICAL : Orientation.HORIZONTAL));
        VBox.setVgrow(split, Priority.ALWAYS);
        var top = new VBox(8, banner, UnsavedMark.row(viewModel, save, draft), general);
        top.setPadding(new Insets(12, 16, 4, 16));
        getChildren().addAll(top, split);
        Shortcuts.on(this).alt(KeyCode.S, save).alt(KeyCode.R, draft).alt(KeyCode.A, raise).altFocus(KeyCode.B, items);
        UnsavedMark.owns(this, viewModel);
    }

    @Override
    public void requestFocus() {
        items.requestFocus();
    }

    private VBox meetingLevel() {
        TextArea attendance = TextAreas.create("minutes-attendance", viewModel.attendanceProperty(), 14);
        TextArea declarations = TextAreas.create("minutes-declarations", viewModel.declarationsProperty(), 4);
        for (TextArea area : new TextArea[] {attendance, declarations}) {
            area.editableProperty().bind(viewModel.lockedProperty().not());
        }
        var box = new VBox(6,
                stacked("meetings.minutes.field.attendance", attendance),
                MeetingDetailsView.message(viewModel.errors().of("attendance")),
                stacked("meetings.minutes.field.declarations", declarations),
                MeetingDetailsView.message(viewModel.errors().of("declarations")));
        box.setPadding(new Insets(12));
        return box;
    }

    /** A long text with its label above it, so the text gets the whole width. */
    private static VBox stacked(String labelKey, TextArea area) {
        var label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("heading-s");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(area);
        area.setAccessibleText(label.getText());
        return new VBox(4, label, area);
    }

    private VBox itemLevel(Button raise) {
        items.setId("minutes-items");
        items.setAccessibleText(Messages.get("meetings.minutes.items"));
        items.setAccessibleHelp(Messages.get("meetings.minutes.items.help"));
        items.setTooltip(new javafx.scene.control.Tooltip(Messages.get("meetings.minutes.items.help")));
        items.setPrefHeight(150);
        items.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(row);
            }
        });
        TextArea discussion = TextAreas.create("minutes-discussion", noDiscussion, 6);
        TextArea decisions = TextAreas.create("minutes-decisions", noDecisions, 3);
        var actions = new Label();
        actions.setId("minutes-actions");
        actions.setWrapText(true);
        var heading = new Label();
        heading.getStyleClass().add("heading-s");
        heading.setWrapText(true);
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            discussion.textProperty().unbindBidirectional(old == null ? noDiscussion : old.discussionProperty());
            decisions.textProperty().unbindBidirectional(old == null ? noDecisions : old.decisionsProperty());
            discussion.textProperty().bindBidirectional(row == null ? noDiscussion : row.discussionProperty());
            decisions.textProperty().bindBidirectional(row == null ? noDecisions : row.decisionsProperty());
            actions.textProperty().unbind();
            if (row != null) {
                actions.textProperty().bind(row.actionsProperty());
                items.getSelectionModel().select(row);
            }
            heading.setText(row == null ? "" : row.heading());
        });
        for (TextArea area : new TextArea[] {discussion, decisions}) {
            area.editableProperty().bind(viewModel.lockedProperty().not()
                    .and(viewModel.selectedProperty().isNotNull()));
        }
        var grid = new VBox(6, stacked("meetings.minutes.field.discussion", discussion),
                stacked("meetings.minutes.field.decisions", decisions));
        var hint = new Label(Messages.get("meetings.minutes.decisions.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var actionsHeading = new Label(Messages.get("meetings.minutes.actions"));
        actionsHeading.getStyleClass().add("heading-s");

        var form = viewModel.actionForm();
        var owner = Choices.of("action-owner", viewModel.owners(), viewModel::personLabel, form.ownerProperty());
        var organisation = Choices.of("action-organisation", viewModel.organisations(),
                OrganisationsView::choiceLabel, form.organisationProperty());
        DatePicker due = DatePickers.create(form.errors(), "dueOn");
        due.setId("action-due");
        due.valueProperty().bindBidirectional(form.dueOnProperty());
        var errors = form.errors();
        var actionGrid = new FormGrid()
                .row("meetings.action.description",
                        MeetingDetailsView.field("action-description", form.descriptionProperty()),
                        errors.of("description"))
                .row("meetings.action.owner", owner, errors.of("owner"))
                .row("meetings.action.organisation", organisation, errors.of("organisation"))
                .row("meetings.action.due", due, errors.of("dueOn"));
        actionGrid.disableProperty().bind(viewModel.lockedProperty());

        var actionEditor = UnsavedMark.owns(new VBox(8, actionGrid,
                UnsavedMark.row(viewModel.actionEditor(), raise)), viewModel.actionEditor());
        var box = new VBox(8, items, heading, grid, hint, actionsHeading, actions, actionEditor);
        box.setPadding(new Insets(12));
        return box;
    }
}
