package uk.dln.secretariat.app.meetings;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.DetailScroll;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TypeAhead;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.meetings.AttendanceStatus;

/**
 * The Attendance tab: for each member organisation a drop-down (type "a" for apologies, "d" for deputy) and, when a
 * deputy came, who; then guests and the secretariat; and the quorum, shown in words as the lines change.
 */
final class AttendanceView extends VBox {

    private static final java.util.List<AttendanceStatus> ORGANISATION_CHOICES = java.util.List.of(
            AttendanceStatus.PRESENT, AttendanceStatus.DEPUTISED, AttendanceStatus.APOLOGIES,
            AttendanceStatus.NOT_REPRESENTED);

    private final AttendanceViewModel viewModel;
    private final GridPane lines = new GridPane();
    private final javafx.scene.control.ScrollPane scroll;

    AttendanceView(AttendanceViewModel viewModel) {
        this.viewModel = viewModel;
        var quorum = new Label();
        quorum.setId("attendance-quorum");
        quorum.setWrapText(true);
        quorum.getStyleClass().add("quorum");
        quorum.textProperty().bind(viewModel.quorumProperty());
        // Follows the words from the start: a first count that is not quorate is no change from the property's
        // false, so a listener alone would leave the green bar under "Not quorate".
        quorum.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-met"),
                !viewModel.quorateProperty().get());
        viewModel.quorateProperty().addListener((obs, was, met) -> quorum.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("not-met"), !met));

        var everyone = new Button(Messages.get("meetings.attendance.everyonePresent"));
        everyone.setId("attendance-everyone");
        everyone.setOnAction(event -> viewModel.everyonePresent());
        var save = new Button(Messages.get("meetings.attendance.save"));
        save.setId("attendance-save");
        save.getStyleClass().add("primary");
        save.setOnAction(event -> viewModel.save());
        for (Button button : new Button[] {everyone, save}) {
            button.disableProperty().bind(viewModel.lockedProperty());
        }
        var general = MeetingDetailsView.message(viewModel.errors().general());
        var deputyError = MeetingDetailsView.message(viewModel.errors().of("deputy"));

        lines.setHgap(12);
        lines.setVgap(4);
        // The organisation's whole name takes the room there is and wraps; the choices keep a readable width, with
        // the deputy under the status, so a line fits beside the meetings list on a 1024-pixel window.
        var who = new ColumnConstraints();
        who.setMinWidth(150);
        who.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        var choices = new ColumnConstraints(190);
        choices.setMinWidth(190);
        lines.getColumnConstraints().addAll(who, choices);
        viewModel.organisations().addListener((ListChangeListener<OrganisationAttendance>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuildLines();
                    return;
                }
            }
        });
        var linesHeading = new Label(Messages.get("meetings.attendance.organisations"));
        linesHeading.getStyleClass().add("heading-s");

        var content = new VBox(10, quorum, UnsavedMark.row(viewModel, save, everyone), deputyError, general,
                linesHeading, lines,
                people(), quorumRule());
        content.setPadding(new Insets(16));
        content.getStyleClass().add("detail-pane");
        scroll = DetailScroll.of(content);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(scroll);
        Shortcuts.on(this).alt(KeyCode.S, save).alt(KeyCode.Y, everyone);
        UnsavedMark.owns(this, viewModel);
    }

    @Override
    public void requestFocus() {
        // Locked lines cannot take the focus; the page itself then keeps it, so tab keys still work.
        lines.getChildren().stream().flatMap(line -> ((VBox) line).getChildren().stream())
                .filter(node -> node instanceof ComboBox<?> && !node.isDisabled()).findFirst()
                .ifPresentOrElse(javafx.scene.Node::requestFocus, () -> scroll.requestFocus());
    }

    private void rebuildLines() {
        lines.getChildren().clear();
        int row = 0;
        for (OrganisationAttendance line : viewModel.organisations()) {
            var organisation = new Label(Messages.get("meetings.attendance.organisationLine",
                    line.organisation().name(), line.organisation().shortName()));
            organisation.setWrapText(true);
            organisation.setMinHeight(Region.USE_PREF_SIZE);
            var leader = new Label(line.digitalLeader() == null ? Messages.get("meetings.attendance.vacant")
                    : line.digitalLeader().name());
            leader.getStyleClass().add("hint");
            leader.setWrapText(true);
            leader.setMinHeight(Region.USE_PREF_SIZE);
            var status = new ComboBox<AttendanceStatus>(FXCollections.observableArrayList(ORGANISATION_CHOICES));
            status.setId("attendance-" + line.organisation().shortName());
            status.setConverter(Choices.labels(s -> Messages.get(s.messageKey())));
            TypeAhead.install(status, s -> Messages.get(s.messageKey()));
            status.valueProperty().bindBidirectional(line.statusProperty());
            status.setAccessibleText(Messages.get("meetings.attendance.statusFor", line.organisation().name()));
            // The leader's name stands before the choice: tied to it, a screen reader reads them together.
            leader.setLabelFor(status);
            status.disableProperty().bind(viewModel.lockedProperty());
            status.setMaxWidth(Double.MAX_VALUE);
            var deputy = new ComboBox<Leader>(FXCollections.observableArrayList(line.deputies()));
            deputy.setConverter(Choices.labels(Leader::name));
            TypeAhead.install(deputy, Leader::name);
            deputy.valueProperty().bindBidirectional(line.deputyProperty());
            deputy.setAccessibleText(Messages.get("meetings.attendance.deputyFor", line.organisation().name()));
            deputy.setPromptText(Messages.get("meetings.attendance.deputyPrompt"));
            deputy.visibleProperty().bind(line.statusProperty().isEqualTo(AttendanceStatus.DEPUTISED));
            deputy.disableProperty().bind(viewModel.lockedProperty());
            deputy.setMaxWidth(Double.MAX_VALUE);
            deputy.managedProperty().bind(deputy.visibleProperty());
            lines.addRow(row++, new VBox(0, organisation, leader), new VBox(4, status, deputy));
        }
    }

    private VBox people() {
        var heading = new Label(Messages.get("meetings.attendance.people"));
        heading.getStyleClass().add("heading-s");
        var list = new ListView<AttendanceViewModel.PersonLine>(viewModel.people());
        list.setId("attendance-people");
        list.setAccessibleText(Messages.get("meetings.attendance.people"));
        list.setPlaceholder(new Label(Messages.get("meetings.attendance.people.empty")));
        list.setPrefHeight(110);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AttendanceViewModel.PersonLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? "" : Messages.get("meetings.attendance.personLine", line.label(),
                        Messages.get(line.status().messageKey())));
            }
        });
        var remove = new Button(Messages.get("meetings.attendance.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.lockedProperty()));
        remove.setOnAction(event -> viewModel.removePerson(list.getSelectionModel().getSelectedItem()));
        var person = Choices.of("attendance-person", viewModel.everyone(), viewModel::personLabel,
                viewModel.personToAddProperty());
        var role = Choices.of("attendance-role", FXCollections.observableArrayList(AttendanceStatus.IN_ATTENDANCE,
                AttendanceStatus.SECRETARIAT), s -> Messages.get(s.messageKey()), viewModel.personRoleProperty());
        var grid = new FormGrid()
                .row("meetings.attendance.person", person, viewModel.errors().of("person"))
                .row("meetings.attendance.role", role, viewModel.errors().of("status"));
        var add = new Button(Messages.get("meetings.attendance.add"));
        add.setId("attendance-add");
        add.setOnAction(event -> viewModel.addPerson());
        add.disableProperty().bind(viewModel.lockedProperty());
        Shortcuts.on(this).alt(KeyCode.G, add);

        // Someone the directory does not know yet is recorded by name, without leaving the meeting.
        var guest = new TextField();
        guest.setId("attendance-guest");
        guest.setPromptText(Messages.get("meetings.attendance.guest.prompt"));
        guest.textProperty().bindBidirectional(viewModel.guestNameProperty());
        guest.disableProperty().bind(viewModel.lockedProperty());
        guest.setOnAction(event -> viewModel.addGuest());
        var guestGrid = new FormGrid().row("meetings.attendance.guest", guest, viewModel.errors().of("guest"));
        var addGuest = new Button(Messages.get("meetings.attendance.guest.add"));
        addGuest.setId("attendance-add-guest");
        addGuest.setOnAction(event -> viewModel.addGuest());
        addGuest.disableProperty().bind(viewModel.lockedProperty());
        var guestHint = new Label(Messages.get("meetings.attendance.guest.hint"));
        guestHint.getStyleClass().add("hint");
        guestHint.setWrapText(true);
        return new VBox(8, heading, list, remove, grid, add, guestGrid, addGuest, guestHint);
    }

    private VBox quorumRule() {
        var heading = new Label(Messages.get("meetings.quorum.heading"));
        heading.getStyleClass().add("heading-s");
        TextField rule = MeetingDetailsView.field("quorum-rule", viewModel.quorumRuleProperty());
        var grid = new FormGrid().row("meetings.quorum.rule", rule, viewModel.errors().of("quorum"));
        var hint = new Label(Messages.get("meetings.quorum.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var save = new Button(Messages.get("meetings.quorum.save"));
        save.setOnAction(event -> viewModel.saveQuorumRule());
        var box = new VBox(8, heading, grid, hint, save);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
