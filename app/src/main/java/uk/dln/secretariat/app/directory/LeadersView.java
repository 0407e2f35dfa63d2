package uk.dln.secretariat.app.directory;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.SearchRow;
import uk.dln.secretariat.app.forms.SelectionSync;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TypeAhead;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.MembershipView;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;

/** People: a searchable list beside the selected person's details, roles over time and declarations. */
final class LeadersView extends SplitPane {

    private final LeadersViewModel viewModel;
    private final TextField nameField = new TextField();
    private final TextField search = new TextField();
    private final Button newButton = new Button();
    private final Button saveButton = new Button();
    private final Button addRoleButton = new Button();
    private final Button addDeclarationButton = new Button();

    LeadersView(LeadersViewModel viewModel) {
        this.viewModel = viewModel;
        getItems().addAll(list(), DetailScroll.of(detail()));
        setDividerPositions(0.5);
        getStyleClass().add("master-detail");
        Shortcuts.on(this)
                .altFocus(KeyCode.A, search)
                .alt(KeyCode.W, newButton)
                .alt(KeyCode.S, saveButton)
                .alt(KeyCode.D, addRoleButton)
                .alt(KeyCode.C, addDeclarationButton);
    }

    /** Focus goes to the search field, where a keyboard user starts. */
    @Override
    public void requestFocus() {
        search.requestFocus();
    }

    private VBox list() {
        search.setId("people-search");
        newButton.setText(Messages.get("directory.people.new"));
        newButton.setId("person-new");
        newButton.setOnAction(event -> {
            viewModel.newLeader();
            nameField.requestFocus();
        });

        var table = new TableView<CurrentRole>(viewModel.visibleItems());
        table.setId("people-table");
        table.setAccessibleText(Messages.get("directory.people.table"));
        table.setPlaceholder(new Label(Messages.get("directory.people.empty")));
        table.getColumns().add(Columns.text("directory.column.name", r -> r.leader().name(), 170));
        table.getColumns().add(Columns.text("directory.column.role",
                r -> r.role() == null ? Messages.get("directory.people.noRole") : Messages.get(r.role().messageKey()),
                130));
        table.getColumns().add(Columns.text("directory.column.organisation",
                r -> r.organisationShortName() == null ? "" : r.organisationShortName(), 110));
        table.getColumns().add(Columns.text("directory.column.jobTitle", r -> r.leader().jobTitle(), 200));
        table.getColumns().add(Columns.text("directory.column.email", r -> r.leader().email(), 200));
        TableFilter.forTableView(table).lazy(true).apply();
        SelectionSync.bind(table, viewModel.selectedProperty(), viewModel.rowGuard());
        VBox.setVgrow(table, Priority.ALWAYS);

        var searchRow = new SearchRow(search, "directory.people.search", viewModel.searchProperty());
        var box = new VBox(8, new HBox(8, newButton), searchRow, table);
        box.setPadding(new Insets(12));
        return box;
    }

    private VBox detail() {
        var form = viewModel.form();
        nameField.setId("person-name");
        nameField.textProperty().bindBidirectional(form.nameProperty());
        var jobTitle = field("person-job-title", form.jobTitleProperty());
        var grade = field("person-grade", form.gradeProperty());
        var email = field("person-email", form.emailProperty());
        var phone = field("person-phone", form.phoneProperty());
        var board = new CheckBox(Messages.get("directory.people.field.boardMember"));
        board.setAccessibleText(Messages.get("directory.people.field.boardMember").replace("_", ""));
        board.selectedProperty().bindBidirectional(form.boardMemberProperty());
        var errors = form.errors();
        var grid = new FormGrid()
                .row("directory.people.field.name", nameField, errors.of("name"))
                .row("directory.people.field.jobTitle", jobTitle, errors.of("jobTitle"))
                .row("directory.people.field.grade", grade, errors.of("grade"))
                .row("directory.people.field.email", email, errors.of("email"))
                .row("directory.people.field.phone", phone, errors.of("phone"));
        var save = saveButton;
        save.setText(Messages.get("directory.save"));
        save.setId("person-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        var delete = new Button(Messages.get("directory.people.delete"));
        delete.disableProperty().bind(form.editingExistingProperty().not());
        delete.setOnAction(event -> viewModel.delete());

        var heading = new Label();
        heading.getStyleClass().add("heading-m");
        heading.textProperty().bind(Bindings.when(form.editingExistingProperty())
                .then(form.nameProperty()).otherwise(Messages.get("directory.people.newHeading")));

        var roles = rolesSection();
        roles.disableProperty().bind(form.editingExistingProperty().not());
        var declarations = declarationsSection();
        declarations.disableProperty().bind(form.editingExistingProperty().not());

        var changedByOther = new ChangedByOthersBar(viewModel.changedByOthers().textProperty(),
                viewModel.changedByOthers()::reloadStored);
        changedByOther.setId("person-changed");
        Shortcuts.on(changedByOther).alt(KeyCode.X, changedByOther.reloadButton());
        var box = new VBox(12, heading, changedByOther, grid, board, UnsavedMark.row(viewModel, save, delete), roles,
                declarations);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("detail-pane");
        return UnsavedMark.owns(box, viewModel);
    }

    private VBox rolesSection() {
        var heading = new Label(Messages.get("directory.people.roles"));
        heading.getStyleClass().add("heading-s");
        var history = new TableView<MembershipView>(viewModel.history());
        history.setId("person-roles");
        history.setAccessibleText(Messages.get("directory.people.roles"));
        history.setPlaceholder(new Label(Messages.get("directory.people.roles.empty")));
        history.getColumns().add(Columns.text("directory.column.organisation", MembershipView::organisationShortName,
                110));
        history.getColumns().add(Columns.text("directory.column.role",
                v -> Messages.get(v.membership().role().messageKey()), 130));
        history.getColumns().add(Columns.date("directory.column.from", v -> v.membership().validFrom(), 100));
        history.getColumns().add(Columns.text("directory.column.to", v -> v.membership().validTo() == null
                ? Messages.get("directory.people.roles.current") : Dates.format(v.membership().validTo()), 100));
        history.setPrefHeight(160);
        var end = new Button(Messages.get("directory.people.roles.end"));
        end.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(event -> viewModel.endRole(history.getSelectionModel().getSelectedItem()));

        var form = viewModel.membershipForm();
        var organisation = new ComboBox<Organisation>(viewModel.organisations());
        organisation.setId("role-organisation");
        organisation.setConverter(OrganisationsView.labels(OrganisationsView::choiceLabel));
        TypeAhead.install(organisation, OrganisationsView::choiceLabel);
        organisation.valueProperty().bindBidirectional(form.organisationProperty());
        var role = new ComboBox<NetworkRole>();
        uk.dln.secretariat.app.forms.TypeAhead.install(role);
        role.setId("role-role");
        role.getItems().setAll(NetworkRole.values());
        role.setConverter(OrganisationsView.labels(r -> Messages.get(r.messageKey())));
        role.valueProperty().bindBidirectional(form.roleProperty());
        DatePicker from = DatePickers.create(form.errors(), "validFrom");
        from.setId("role-from");
        from.valueProperty().bindBidirectional(form.validFromProperty());
        DatePicker to = DatePickers.create(form.errors(), "validTo");
        to.setId("role-to");
        to.valueProperty().bindBidirectional(form.validToProperty());
        var errors = form.errors();
        var grid = new FormGrid()
                .row("directory.people.roles.organisation", organisation, errors.of("organisation"))
                .row("directory.people.roles.role", role, errors.of("role"))
                .row("directory.people.roles.from", from, errors.of("validFrom"))
                .row("directory.people.roles.to", to, errors.of("validTo"));
        var add = addRoleButton;
        add.setText(Messages.get("directory.people.roles.add"));
        add.setId("role-add");
        add.setOnAction(event -> viewModel.addRole());
        var hint = new Label(Messages.get("directory.people.roles.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return UnsavedMark.owns(new VBox(8, heading, history, end, grid, hint,
                UnsavedMark.row(viewModel.roleEditor(), add)), viewModel.roleEditor());
    }

    private VBox declarationsSection() {
        var heading = new Label(Messages.get("directory.people.declarations"));
        heading.getStyleClass().add("heading-s");
        var list = new TableView<Declaration>(viewModel.declarations());
        list.setAccessibleText(Messages.get("directory.people.declarations"));
        list.setPlaceholder(new Label(Messages.get("directory.people.declarations.empty")));
        list.getColumns().add(Columns.text("directory.column.interest", Declaration::interest, 260));
        list.getColumns().add(Columns.date("directory.column.declaredOn", Declaration::declaredOn, 100));
        list.getColumns().add(Columns.text("directory.column.current",
                d -> Messages.get(d.current() ? "directory.yes" : "directory.no"), 70));
        list.setPrefHeight(120);
        var withdraw = new Button(Messages.get("directory.people.declarations.withdraw"));
        withdraw.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(event -> viewModel.withdrawDeclaration(list.getSelectionModel().getSelectedItem()));

        var form = viewModel.declarationForm();
        var interest = field("declaration-interest", form.interestProperty());
        DatePicker declaredOn = DatePickers.create(form.errors(), "declaredOn");
        declaredOn.setId("declaration-date");
        declaredOn.valueProperty().bindBidirectional(form.declaredOnProperty());
        var grid = new FormGrid()
                .row("directory.people.declarations.interest", interest, form.errors().of("interest"))
                .row("directory.people.declarations.declaredOn", declaredOn, form.errors().of("declaredOn"));
        var add = addDeclarationButton;
        add.setText(Messages.get("directory.people.declarations.add"));
        add.setOnAction(event -> viewModel.addDeclaration());
        return UnsavedMark.owns(new VBox(8, heading, list, withdraw, grid,
                UnsavedMark.row(viewModel.declarationEditor(), add)), viewModel.declarationEditor());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
