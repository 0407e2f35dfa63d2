package uk.dln.secretariat.app.directory;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.table.TableFilter;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.SearchRow;
import uk.dln.secretariat.app.forms.SelectionSync;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TypeAhead;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** Organisations: a searchable, filterable list in hierarchy order beside the selected organisation's form. */
public final class OrganisationsView extends SplitPane {

    private final OrganisationsViewModel viewModel;
    private final TextField search = new TextField();
    private final Button newButton = new Button();
    private final Button importButton = new Button();
    private final Button saveButton = new Button();
    private final Button deleteButton = new Button();

    OrganisationsView(OrganisationsViewModel viewModel) {
        this.viewModel = viewModel;
        getItems().addAll(list(), DetailScroll.of(detail()));
        setDividerPositions(0.55);
        getStyleClass().add("master-detail");
        Shortcuts.on(this)
                .altFocus(KeyCode.A, search)
                .alt(KeyCode.N, newButton)
                .alt(KeyCode.I, importButton)
                .alt(KeyCode.S, saveButton)
                .alt(KeyCode.D, deleteButton);
    }

    /** Focus goes to the search field, where a keyboard user starts. */
    @Override
    public void requestFocus() {
        search.requestFocus();
    }

    private VBox list() {
        search.setId("organisations-search");

        newButton.setText(Messages.get("directory.organisations.new"));
        newButton.setId("organisation-new");
        newButton.setOnAction(event -> {
            viewModel.newOrganisation();
            nameField.requestFocus();
        });
        importButton.setText(Messages.get("directory.organisations.import"));
        importButton.setOnAction(event -> viewModel.importFromFile());

        var table = new TableView<OrganisationItem>(viewModel.visibleItems());
        table.setId("organisations-table");
        table.setAccessibleText(Messages.get("directory.organisations.table"));
        table.setPlaceholder(new Label(Messages.get("directory.organisations.empty")));
        table.getColumns().add(Columns.text("directory.column.name", OrganisationItem::indentedName, 300));
        table.getColumns().add(Columns.text("directory.column.shortName", i -> i.organisation().shortName(), 105));
        table.getColumns().add(Columns.text("directory.column.kind", OrganisationItem::kindLabel,
                Columns.fitting(170, "directory.column.kind", java.util.Arrays.stream(
                        uk.dln.secretariat.model.directory.OrganisationKind.values())
                        .map(kind -> Messages.get(kind.messageKey())).toList())));
        table.getColumns().add(Columns.text("directory.column.member", OrganisationItem::memberLabel, 70));
        table.getColumns().add(Columns.text("directory.column.digitalLeader", OrganisationItem::digitalLeaderLabel,
                170));
        table.setRowFactory(t -> new GapHighlightingRow());
        TableFilter.forTableView(table).lazy(true).apply();
        SelectionSync.bind(table, viewModel.selectedProperty(), viewModel.rowGuard());
        VBox.setVgrow(table, Priority.ALWAYS);

        var searchRow = new SearchRow(search, "directory.organisations.search", viewModel.searchProperty());
        var box = new VBox(8, new HBox(8, newButton, importButton), searchRow, table);
        box.setPadding(new Insets(12));
        return box;
    }

    private final TextField nameField = new TextField();

    private VBox detail() {
        var form = viewModel.form();
        nameField.setId("organisation-name");
        nameField.textProperty().bindBidirectional(form.nameProperty());
        var shortName = new TextField();
        shortName.setId("organisation-short-name");
        shortName.textProperty().bindBidirectional(form.shortNameProperty());
        var kind = new ComboBox<OrganisationKind>();
        uk.dln.secretariat.app.forms.TypeAhead.install(kind);
        kind.setId("organisation-kind");
        kind.getItems().setAll(OrganisationKind.values());
        kind.setConverter(labels(k -> Messages.get(k.messageKey())));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        var parent = new ComboBox<Organisation>(viewModel.parentChoices());
        parent.setId("organisation-parent");
        parent.setConverter(labels(OrganisationsView::choiceLabel));
        TypeAhead.install(parent, OrganisationsView::choiceLabel);
        parent.valueProperty().bindBidirectional(form.parentProperty());
        var member = new CheckBox(Messages.get("directory.organisations.member"));
        member.setId("organisation-member");
        member.selectedProperty().bindBidirectional(form.memberProperty());
        member.setAccessibleText(Messages.get("directory.organisations.member").replace("_", ""));
        var notes = uk.dln.secretariat.app.forms.TextAreas.tabLeaves(new TextArea());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());

        var errors = form.errors();
        var grid = new FormGrid()
                .row("directory.organisations.field.name", nameField, errors.of("name"))
                .row("directory.organisations.field.shortName", shortName, errors.of("shortName"))
                .row("directory.organisations.field.kind", kind, errors.of("kind"))
                .row("directory.organisations.field.parent", parent, errors.of("parent"))
                .row("directory.organisations.field.notes", notes, errors.of("notes"));

        var save = saveButton;
        save.setText(Messages.get("directory.save"));
        save.setId("organisation-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        var delete = deleteButton;
        delete.setText(Messages.get("directory.organisations.delete"));
        delete.disableProperty().bind(form.editingExistingProperty().not());
        delete.setOnAction(event -> viewModel.delete());

        var heading = new Label();
        heading.getStyleClass().add("heading-m");
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(form.editingExistingProperty())
                .then(form.nameProperty()).otherwise(Messages.get("directory.organisations.newHeading")));

        var history = new TableView<MembershipView>(viewModel.history());
        history.setAccessibleText(Messages.get("directory.organisations.history"));
        history.setPlaceholder(new Label(Messages.get("directory.organisations.history.empty")));
        // The columns share the pane's width, so the last one (To) is never scrolled out of sight: names and roles
        // give way, and the dates keep room for the longest date in the window's language (28 Chwef 2026).
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        var person = Columns.<MembershipView>text("directory.column.person", MembershipView::leaderName, 160);
        person.setMinWidth(90);
        var role = Columns.<MembershipView>text("directory.column.role",
                v -> Messages.get(v.membership().role().messageKey()), 130);
        role.setMinWidth(90);
        var from = Columns.<MembershipView>date("directory.column.from", v -> v.membership().validFrom(), 100);
        var to = Columns.<MembershipView>date("directory.column.to", v -> v.membership().validTo(), 100);
        from.setMinWidth(Columns.fitting(100, "directory.column.from", Columns.longestDates()));
        to.setMinWidth(Columns.fitting(100, "directory.column.to", Columns.longestDates()));
        history.getColumns().add(person);
        history.getColumns().add(role);
        history.getColumns().add(from);
        history.getColumns().add(to);
        history.setPrefHeight(220);
        var historyHeading = new Label(Messages.get("directory.organisations.history"));
        historyHeading.getStyleClass().add("heading-s");

        var changedByOther = new ChangedByOthersBar(viewModel.changedByOthers().textProperty(),
                viewModel.changedByOthers()::reloadStored);
        changedByOther.setId("organisation-changed");
        Shortcuts.on(changedByOther).alt(KeyCode.X, changedByOther.reloadButton());
        var box = new VBox(12, heading, changedByOther, grid, member, UnsavedMark.row(viewModel, save, delete),
                historyHeading, history);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("detail-pane");
        return UnsavedMark.owns(box, viewModel);
    }

    /** How an organisation reads in a drop-down: its name with its short name, so either can be typed. */
    public static String choiceLabel(Organisation organisation) {
        return organisation.name() + " (" + organisation.shortName() + ")";
    }

    static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return uk.dln.secretariat.app.forms.Choices.labels(label);
    }

    /** Marks member organisations with no Digital Leader; the cell also says so in words. */
    private static final class GapHighlightingRow extends javafx.scene.control.TableRow<OrganisationItem> {
        @Override
        protected void updateItem(OrganisationItem item, boolean empty) {
            super.updateItem(item, empty);
            boolean gap = !empty && item != null && item.organisation().member() && item.digitalLeader().isEmpty();
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("gap"), gap);
        }
    }
}
