package uk.dln.secretariat.app.toolkit;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import uk.dln.secretariat.app.forms.ChangedByOthersBar;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.Shortcuts;
import uk.dln.secretariat.app.forms.TextAreas;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.RoleCheck;

/**
 * The Digital Leader role check: member organisations with their gap count, the chosen one's checklist with dates
 * and evidence, the form that records an expectation, and every gap across the network.
 */
final class RoleCheckPane extends BorderPane {

    RoleCheckPane(SelfAssessmentViewModel viewModel) {
        var organisations = new ListView<>(viewModel.roleChecks());
        organisations.setId("toolkit-role-organisations");
        organisations.setAccessibleText(Messages.get("toolkit.role.organisations"));
        organisations.setPrefWidth(220);
        organisations.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RoleCheck check, boolean empty) {
                super.updateItem(check, empty);
                setText(empty || check == null ? null : Messages.get("toolkit.role.organisationLine",
                        check.organisation().shortName(), check.gaps().size()));
            }
        });
        organisations.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.roleCheckProperty().set(now);
            }
        });
        viewModel.roleCheckProperty().addListener((obs, old, now) -> {
            if (now != null && organisations.getSelectionModel().getSelectedItem() != now) {
                organisations.getSelectionModel().select(now);
            }
        });

        var checklist = SelfAssessmentView.list("toolkit-role-checklist", viewModel.checklist(),
                "toolkit.role.checklist");
        var errors = viewModel.roleErrors();
        var expectation = Choices.of("toolkit-role-expectation", viewModel.expectations(),
                e -> Messages.get(e.messageKey()), viewModel.expectationProperty());
        var metOn = DatePickers.create(errors, "metOn");
        metOn.setId("toolkit-role-met-on");
        metOn.valueProperty().bindBidirectional(viewModel.metOnProperty());
        var evidence = TextAreas.create("toolkit-role-evidence", viewModel.roleEvidenceProperty(), 3);
        var form = new FormGrid()
                .row("toolkit.role.expectation", expectation, errors.of("expectation"))
                .row("toolkit.role.metOn", metOn, errors.of("metOn"))
                .row("toolkit.role.evidence", evidence, errors.of("evidence"));
        var save = new Button(Messages.get("toolkit.role.save"));
        save.setId("toolkit-role-save");
        save.setOnAction(event -> viewModel.saveRoleItem());
        var general = new Label();
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.textProperty().bind(javafx.beans.binding.Bindings.concat(errors.of("organisation"), " ",
                errors.general()));
        var hint = new Label(Messages.get("toolkit.role.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        var changedByOther = new ChangedByOthersBar(viewModel.roleItemChangedByOthers().textProperty(),
                viewModel.roleItemChangedByOthers()::reloadStored);
        changedByOther.setId("role-item-changed");
        Shortcuts.on(changedByOther).alt(KeyCode.X, changedByOther.reloadButton());
        var gaps = SelfAssessmentView.list("toolkit-role-gaps", viewModel.roleGaps(), "toolkit.role.gapsHeading");
        var detail = new VBox(8, SelfAssessmentView.heading(Messages.get("toolkit.role.checklist")), checklist, hint,
                UnsavedMark.owns(new VBox(8, changedByOther, form,
                                UnsavedMark.row(viewModel.roleEditor(), save, general)),
                        viewModel.roleEditor()),
                SelfAssessmentView.heading(Messages.get("toolkit.role.gapsHeading")), gaps, agendaBar(viewModel));
        VBox.setVgrow(gaps, Priority.ALWAYS);
        detail.setPadding(new Insets(0, 0, 0, 12));
        setLeft(organisations);
        setCenter(detail);
        setPadding(new Insets(8, 16, 16, 16));
    }

    /** Puts the gaps on a meeting's agenda, as the exceptions report is put there from the agenda. */
    private static FlowPane agendaBar(SelfAssessmentViewModel viewModel) {
        var meeting = Choices.of("toolkit-agenda-meeting", viewModel.agendaMeetings(),
                (Meeting m) -> Messages.get("pack.view.meetingLabel", m.number(), Dates.format(m.date()),
                        Messages.get(m.status().messageKey())), viewModel.agendaMeetingProperty());
        meeting.setPromptText(Messages.get("toolkit.agenda.noMeeting"));
        var add = new Button(Messages.get("toolkit.agenda.add"));
        add.setId("toolkit-agenda-add");
        add.setMnemonicParsing(true);
        add.setOnAction(event -> viewModel.addGapsToAgenda());
        var status = new Label();
        status.setId("toolkit-agenda-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.agendaStatusProperty());
        var bar = new FlowPane(12, 6, SelfAssessmentView.label("toolkit.agenda.meeting", meeting), meeting, add,
                status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }
}
