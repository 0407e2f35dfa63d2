package uk.dln.secretariat.app.actions;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.SearchRow;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TypeAhead;
import uk.dln.secretariat.app.i18n.Messages;

/** The tracker's saved views and filters, each labelled and reachable by an Alt+letter shortcut. */
final class ActionFilterBar extends VBox {

    final TextField search = new TextField();

    ActionFilterBar(ActionLogViewModel viewModel, Shortcuts shortcuts) {
        var view = combo("actions.view", viewModel.savedViewProperty(), javafx.collections.FXCollections
                .observableArrayList(SavedView.values()), v -> Messages.get(v.messageKey()), "actions-saved-view");
        // Once filters are changed by hand the box says so, rather than naming a view that no longer applies.
        view.setButtonCell(cell(v -> Messages.get(v.messageKey()), Messages.get("actions.view.custom")));
        var mine = combo("actions.myOrganisation", viewModel.myOrganisationProperty(), viewModel.organisations(),
                Choice::label, "actions-my-organisation");
        var organisation = combo("actions.filter.organisation", viewModel.organisationProperty(),
                viewModel.organisations(), Choice::label, "actions-organisation");
        var owner = combo("actions.filter.owner", viewModel.ownerProperty(), viewModel.owners(), Choice::label,
                "actions-owner");
        var status = combo("actions.filter.status", viewModel.statusProperty(), javafx.collections.FXCollections
                .observableArrayList(StatusFilter.values()), s -> Messages.get(s.messageKey()), "actions-status");
        var meeting = combo("actions.filter.meeting", viewModel.meetingProperty(), viewModel.meetings(),
                Choice::label, "actions-meeting");
        var overdue = new CheckBox(Messages.get("actions.filter.overdue"));
        overdue.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        overdue.setAccessibleText(Messages.get("actions.filter.overdue"));
        overdue.setId("actions-overdue");
        var within = new TextField();
        within.setPrefColumnCount(3);
        within.textProperty().bindBidirectional(viewModel.dueWithinProperty());
        within.setAccessibleText(Messages.get("actions.filter.dueWithin"));
        within.setId("actions-due-within");
        var withinError = new Label();
        withinError.textProperty().bind(viewModel.errors().of(ActionLogViewModel.DUE_WITHIN));
        withinError.getStyleClass().add("field-error");

        var views = new HBox(8, labelled("actions.view", view), labelled("actions.myOrganisation", mine));
        views.setAlignment(Pos.CENTER_LEFT);
        var filters = new FlowPane(12, 6, labelled("actions.filter.organisation", organisation),
                labelled("actions.filter.owner", owner), labelled("actions.filter.status", status),
                labelled("actions.filter.meeting", meeting), overdue,
                labelled("actions.filter.dueWithin", within), withinError);
        search.setId("actions-search");
        getChildren().addAll(views, filters, new SearchRow(search, "actions.search.describe",
                viewModel.searchProperty()));
        setSpacing(6);
        getStyleClass().add("action-filters");

        shortcuts.altFocus(KeyCode.W, view).altFocus(KeyCode.O, organisation).altFocus(KeyCode.N, owner)
                .altFocus(KeyCode.S, status).altFocus(KeyCode.M, meeting).alt(KeyCode.D, overdue)
                .altFocus(KeyCode.I, within).altFocus(KeyCode.Q, search);
    }

    private static <T> ComboBox<T> combo(String labelKey, ObjectProperty<T> value, ObservableList<T> items,
                                         Function<T, String> label, String id) {
        var combo = new ComboBox<T>(items);
        combo.valueProperty().bindBidirectional(value);
        combo.setCellFactory(list -> cell(label));
        combo.setButtonCell(cell(label));
        combo.setAccessibleText(Messages.get(labelKey));
        combo.setId(id);
        TypeAhead.install(combo, label);
        return combo;
    }

    private static <T> ListCell<T> cell(Function<T, String> label) {
        return cell(label, "");
    }

    /** @param none what the cell says when nothing is chosen */
    private static <T> ListCell<T> cell(Function<T, String> label, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : label.apply(item));
            }
        };
    }

    private static HBox labelled(String key, javafx.scene.Node control) {
        var label = new Label(Messages.get(key));
        label.setLabelFor(control);
        var box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
