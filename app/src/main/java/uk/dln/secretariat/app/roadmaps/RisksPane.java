package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.GuardedRows;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;

/** The open roadmap's risks: a table, the 5x5 heat map, and the risk form. */
final class RisksPane extends SplitPane {

    private final RoadmapsViewModel context;
    private final RisksViewModel form;
    private final TableView<Risk> table = new TableView<>();
    private final HeatMap heatMap = new HeatMap();
    private final ListView<Milestone> milestones = new ListView<>();
    private boolean syncing;

    RisksPane(RoadmapsViewModel context) {
        this.context = context;
        this.form = new RisksViewModel(context);
        table.setId("risk-table");
        table.setAccessibleText(Messages.get("roadmaps.risks.heading"));
        table.setPlaceholder(new Label(Messages.get("roadmaps.risks.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Controls.column(table, "roadmaps.risk.title", 180, Risk::title);
        Controls.column(table, "roadmaps.risk.owner", 100, Risk::owner);
        Controls.column(table, "roadmaps.risk.score", Columns.fitting(110, "roadmaps.risk.score",
                Arrays.stream(RiskRating.values()).map(rating -> Messages.get("roadmaps.risk.scoreText", 25,
                        Messages.get(rating.messageKey()))).toList()), r -> Messages.get("roadmaps.risk.scoreText", r.score(),
                Messages.get(r.rating().messageKey())));
        Controls.column(table, "roadmaps.risk.status", 80, r -> Messages.get(r.status().messageKey()));
        Controls.column(table, "roadmaps.risk.review", 150, r -> form.reviewOverdue(r)
                ? Messages.get("roadmaps.risk.overdue", FormInput.format(r.reviewDate()))
                : FormInput.format(r.reviewDate()));
        var heading = new Label(Messages.get("roadmaps.risks.heading"));
        heading.getStyleClass().add("heading-m");
        var add = Controls.button("risk-new", "roadmaps.risk.new", () -> context.changes().leave(
                java.util.List.of(form), () -> {
                    table.getSelectionModel().clearSelection();
                    form.select(null);
                }));
        var mapHeading = new Label(Messages.get("roadmaps.risk.heatMap"));
        mapHeading.getStyleClass().add("heading-m");
        var left = new VBox(8, new HBox(12, heading, add), table, mapHeading, heatMap);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        var right = new ScrollPane(UnsavedMark.owns(formPane(), form));
        right.setFitToWidth(true);
        // The form keeps room for its labels and fields; the list beside it gives way first.
        right.setMinWidth(Controls.FORM_MIN_WIDTH);
        getItems().addAll(left, right);
        setDividerPositions(0.6);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                GuardedRows.choose(table, now, context.changes(), form, r -> form.selectedProperty().get() != null
                        && r.id() == form.selectedProperty().get().id(), form::select);
            }
        });
        form.milestones().addListener((ListChangeListener<Long>) change -> selectMilestones());
        milestones.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Milestone>) change -> {
            if (!syncing) {
                form.milestones().setAll(milestones.getSelectionModel().getSelectedItems().stream()
                        .map(Milestone::id).collect(Collectors.toSet()));
            }
        });
        context.snapshotProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private VBox formPane() {
        var errors = form.errors();
        milestones.setId("risk-milestones");
        milestones.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        milestones.setPrefHeight(90);
        milestones.setCellFactory(list -> Controls.cell(Milestone::title));
        var grid = new FormGrid()
                .row("roadmaps.risk.title.label", Controls.text("risk-title", form.titleProperty()),
                        errors.of(RisksViewModel.TITLE))
                .row("roadmaps.risk.description", Controls.area("risk-description", form.descriptionProperty()),
                        errors.of(RisksViewModel.DESCRIPTION))
                .row("roadmaps.risk.owner.label", Controls.text("risk-owner", form.ownerProperty()),
                        errors.of(RisksViewModel.OWNER))
                .row("roadmaps.risk.likelihood", Controls.text("risk-likelihood", form.likelihoodProperty()),
                        errors.of(RisksViewModel.LIKELIHOOD))
                .row("roadmaps.risk.impact", Controls.text("risk-impact", form.impactProperty()),
                        errors.of(RisksViewModel.IMPACT))
                .row("roadmaps.risk.mitigation", Controls.area("risk-mitigation", form.mitigationProperty()),
                        errors.of(RisksViewModel.MITIGATION))
                .row("roadmaps.risk.status.label", Controls.choice("risk-status", List.of(RiskStatus.values()),
                        RiskStatus::messageKey, form.statusProperty()), errors.of(RisksViewModel.STATUS))
                .row("roadmaps.risk.review.label", Controls.date("risk-review", form.reviewProperty(), errors,
                        RisksViewModel.REVIEW),
                        errors.of(RisksViewModel.REVIEW))
                .row("roadmaps.risk.milestones", milestones, errors.of(RisksViewModel.MILESTONES));
        var hint = new Label(Messages.get("roadmaps.risk.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var save = Controls.button("risk-save", "roadmaps.risk.save", form::save);
        var box = new VBox(10, Controls.changedByOthers("risk", form.changedByOtherProperty(), form::reloadStored), grid,
                hint, Controls.general(errors), UnsavedMark.row(form, save));
        box.setPadding(new Insets(12));
        return box;
    }

    private void refresh() {
        syncing = true;
        try {
            table.getItems().setAll(form.risks());
            milestones.getItems().setAll(context.snapshot().selected().map(OrganisationRoadmap::milestones)
                    .orElse(List.of()));
            var editing = form.selectedProperty().get();
            if (editing != null) {
                form.risks().stream().filter(r -> r.id() == editing.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        } finally {
            syncing = false;
        }
        selectMilestones();
        heatMap.show(form.heatMap());
    }

    private void selectMilestones() {
        syncing = true;
        try {
            Controls.selectMilestones(milestones, form.milestones());
        } finally {
            syncing = false;
        }
    }
}
