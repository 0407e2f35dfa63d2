package uk.dln.secretariat.app.roadmaps;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.GuardedRows;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneChange;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;

/** The open roadmap: its strategy, its milestones in a table, the milestone form and the chosen one's history. */
final class MilestonesPane extends SplitPane {

    private final RoadmapsViewModel context;
    private final MilestoneFormViewModel form;
    private final TableView<Milestone> table = new TableView<>();
    private final ListView<Milestone> dependencies = new ListView<>();
    private final ComboBox<DeliveryConfidence> confidence;
    private final Label slippage = new Label();
    private boolean syncing;

    MilestonesPane(RoadmapsViewModel context, RoadmapFormViewModel strategy) {
        this.context = context;
        this.form = new MilestoneFormViewModel(context);
        confidence = Controls.choice("milestone-confidence", List.of(DeliveryConfidence.values()),
                DeliveryConfidence::messageKey, form.confidenceProperty());

        var left = new VBox(12, strategyPane(strategy), confidencePane(new OverallConfidenceViewModel(context)),
                tablePane());
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        var right = new ScrollPane(UnsavedMark.owns(formPane(), form));
        right.setFitToWidth(true);
        // The form keeps room for its labels and fields; the list beside it gives way first.
        right.setMinWidth(Controls.FORM_MIN_WIDTH);
        getItems().addAll(left, right);
        setDividerPositions(0.6);

        context.snapshotProperty().addListener((obs, old, now) -> refresh());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                GuardedRows.choose(table, now, context.changes(), form,
                        m -> m.id() == form.editingIdProperty().get(), form::edit);
            }
        });
        form.editingIdProperty().addListener((obs, old, now) -> showSlippage());
        form.confidenceProperty().addListener((obs, old, now) -> offerConfidences());
        form.dependsOn().addListener((ListChangeListener<Long>) change -> selectDependencies());
        dependencies.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Milestone>) change -> {
            if (!syncing) {
                form.dependsOn().setAll(dependencies.getSelectionModel().getSelectedItems().stream()
                        .map(Milestone::id).collect(Collectors.toSet()));
            }
        });
        refresh();
    }

    private TitledPane strategyPane(RoadmapFormViewModel strategy) {
        var errors = strategy.errors();
        var grid = new FormGrid()
                .row("roadmaps.strategy.title", Controls.text("roadmap-title", strategy.titleProperty()),
                        errors.of(RoadmapFormViewModel.TITLE))
                .row("roadmaps.strategy.summary", Controls.area("roadmap-summary", strategy.summaryProperty()),
                        errors.of(RoadmapFormViewModel.SUMMARY))
                .row("roadmaps.strategy.link", Controls.text("roadmap-link", strategy.linkProperty()),
                        errors.of(RoadmapFormViewModel.LINK))
                .row("roadmaps.strategy.agreed", Controls.date("roadmap-agreed", strategy.agreedProperty(),
                        errors, RoadmapFormViewModel.AGREED),
                        errors.of(RoadmapFormViewModel.AGREED));
        var save = Controls.button("roadmap-save", "roadmaps.strategy.save", strategy::save);
        var pane = new TitledPane(Messages.get("roadmaps.strategy.heading"),
                UnsavedMark.owns(new VBox(8, grid, Controls.general(errors),
                        UnsavedMark.row(strategy, save)), strategy));
        pane.setAccessibleText(pane.getText());
        return pane;
    }

    /** The judged overall confidence with its rationale and history; the least confident milestone stays apart. */
    private TitledPane confidencePane(OverallConfidenceViewModel judged) {
        var errors = judged.errors();
        var choice = Controls.choice("roadmap-confidence", context.snapshot().settings().confidenceScale().choices(),
                DeliveryConfidence::messageKey, judged.confidenceProperty());
        context.snapshotProperty().addListener((obs, old, now) -> {
            var offered = new java.util.ArrayList<>(now.settings().confidenceScale().choices());
            if (judged.confidenceProperty().get() != null && !offered.contains(judged.confidenceProperty().get())) {
                offered.add(judged.confidenceProperty().get());
            }
            choice.getItems().setAll(offered);
        });
        var grid = new FormGrid()
                .row("roadmaps.overall.confidence", choice, errors.of(OverallConfidenceViewModel.CONFIDENCE))
                .row("roadmaps.overall.rationale", Controls.area("roadmap-confidence-rationale",
                        judged.rationaleProperty()), errors.of(OverallConfidenceViewModel.RATIONALE));
        var save = Controls.button("roadmap-confidence-save", "roadmaps.overall.save", judged::save);
        var history = new ListView<uk.dln.secretariat.model.roadmaps.OverallConfidence>(judged.history());
        history.setId("roadmap-confidence-history");
        history.setPrefHeight(90);
        history.setAccessibleText(Messages.get("roadmaps.overall.history"));
        history.setPlaceholder(new Label(Messages.get("roadmaps.overall.none")));
        history.setCellFactory(list -> Controls.cell(j -> Messages.get("roadmaps.overall.entry",
                FormInput.format(j.setOn()), Messages.get(j.confidence().messageKey()), j.rationale())));
        var historyLabel = new Label(Messages.get("roadmaps.overall.history"));
        historyLabel.setLabelFor(history);
        var pane = new TitledPane(Messages.get("roadmaps.overall.heading"),
                new VBox(8, Controls.changedByOthers("roadmap-confidence", judged.changedByOtherProperty(),
                        judged::reloadStored), new Label(Messages.get("roadmaps.overall.help")), grid,
                        Controls.general(errors), save,
                        historyLabel, history));
        pane.setAccessibleText(pane.getText());
        pane.setExpanded(false);
        return pane;
    }

    private VBox tablePane() {
        table.setId("milestone-table");
        table.setAccessibleText(Messages.get("roadmaps.milestones.heading"));
        table.setPlaceholder(new Label(Messages.get("roadmaps.milestones.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Controls.column(table, "roadmaps.milestone.title", 200, Milestone::title);
        Controls.column(table, "roadmaps.milestone.baseline", 90, m -> FormInput.format(m.baselineDate()));
        Controls.column(table, "roadmaps.milestone.forecast", 90, m -> FormInput.format(m.forecastDate()));
        // Slippage and status stay whole in the window's language (Welsh ones are longer).
        Controls.column(table, "roadmaps.milestone.slippage", Columns.fitting(100, "roadmaps.milestone.slippage",
                List.of(RoadmapTexts.slippage(0), RoadmapTexts.slippage(999), RoadmapTexts.slippage(-999))),
                m -> RoadmapTexts.slippage(m.slippageDays()));
        Controls.column(table, "roadmaps.milestone.status", Columns.fitting(90, "roadmaps.milestone.status",
                Arrays.stream(MilestoneStatus.values()).map(status -> Messages.get(status.messageKey())).toList()),
                m -> Messages.get(m.status().messageKey()));
        var rag = Controls.column(table, "roadmaps.milestone.confidence", 100,
                m -> Messages.get(m.confidence().messageKey()));
        rag.setCellFactory(column -> new ConfidenceCell<>());
        var heading = new Label(Messages.get("roadmaps.milestones.heading"));
        heading.getStyleClass().add("heading-m");
        var add = Controls.button("milestone-new", "roadmaps.milestone.new", () -> context.changes().leave(
                List.of(form), () -> {
                    table.getSelectionModel().clearSelection();
                    form.startNew();
                }));
        return new VBox(8, new HBox(12, heading, add), table);
    }

    private VBox formPane() {
        var errors = form.errors();
        dependencies.setId("milestone-dependencies");
        dependencies.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        dependencies.setPrefHeight(90);
        dependencies.setCellFactory(list -> Controls.cell(this::describe));
        var status = Controls.choice("milestone-status", List.of(MilestoneStatus.values()),
                MilestoneStatus::messageKey, form.statusProperty());
        var grid = new FormGrid()
                .row("roadmaps.milestone.title.label", Controls.text("milestone-title", form.titleProperty()),
                        errors.of(MilestoneFormViewModel.TITLE))
                .row("roadmaps.milestone.description", Controls.area("milestone-description",
                        form.descriptionProperty()), errors.of(MilestoneFormViewModel.DESCRIPTION))
                .row("roadmaps.milestone.owner", Controls.text("milestone-owner", form.ownerProperty()),
                        errors.of(MilestoneFormViewModel.OWNER))
                .row("roadmaps.milestone.baseline.label", Controls.date("milestone-baseline",
                        form.baselineProperty(), errors, MilestoneFormViewModel.BASELINE), errors.of(MilestoneFormViewModel.BASELINE))
                .row("roadmaps.milestone.forecast.label", Controls.date("milestone-forecast",
                        form.forecastProperty(), errors, MilestoneFormViewModel.FORECAST), errors.of(MilestoneFormViewModel.FORECAST))
                .row("roadmaps.milestone.actual", Controls.date("milestone-actual", form.actualProperty(),
                        errors, MilestoneFormViewModel.ACTUAL),
                        errors.of(MilestoneFormViewModel.ACTUAL))
                .row("roadmaps.milestone.status.label", status, errors.of(MilestoneFormViewModel.STATUS))
                .row("roadmaps.milestone.confidence.label", confidence, errors.of(MilestoneFormViewModel.CONFIDENCE))
                .row("roadmaps.milestone.reason", Controls.text("milestone-reason", form.reasonProperty()),
                        errors.of(MilestoneFormViewModel.REASON))
                .row("roadmaps.milestone.dependsOn", dependencies, errors.of(MilestoneFormViewModel.DEPENDS_ON));
        var definition = new Label();
        definition.getStyleClass().add("hint");
        definition.setWrapText(true);
        definition.textProperty().bind(form.confidenceProperty().map(c -> Messages.get(c.definitionKey())));
        var save = Controls.button("milestone-save", "roadmaps.milestone.save", form::save);
        save.setDefaultButton(true);
        var saveRow = UnsavedMark.row(form, save);
        slippage.setId("milestone-slippage");
        slippage.getStyleClass().add("heading-s");
        var historyHeading = new Label(Messages.get("roadmaps.history.heading"));
        historyHeading.getStyleClass().add("heading-m");
        var box = new VBox(10, Controls.changedByOthers("milestone", form.changedByOtherProperty(), form::reloadStored),
                grid, definition, Controls.general(errors), saveRow, slippage, historyHeading,
                historyTable());
        box.setPadding(new Insets(12));
        return box;
    }

    private TableView<MilestoneChange> historyTable() {
        var history = new TableView<>(form.history());
        history.setId("milestone-history");
        history.setAccessibleText(Messages.get("roadmaps.history.heading"));
        history.setPrefHeight(160);
        history.setPlaceholder(new Label(Messages.get("roadmaps.history.none")));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Controls.column(history, "roadmaps.history.changedOn", 100, c -> FormInput.format(c.changedAt().toLocalDate()));
        Controls.column(history, "roadmaps.milestone.forecast", 100, c -> FormInput.format(c.forecastDate()));
        Controls.column(history, "roadmaps.milestone.slippage", 110, c -> RoadmapTexts.slippage(c.slippageDays()));
        Controls.column(history, "roadmaps.milestone.confidence", 100, c -> Messages.get(c.confidence().messageKey()))
                .setCellFactory(column -> new ConfidenceCell<>());
        Controls.column(history, "roadmaps.history.reason", 200, MilestoneChange::reason);
        return history;
    }

    private String describe(Milestone milestone) {
        String organisation = context.snapshot().overview().stream()
                .filter(r -> r.roadmap().id() == milestone.roadmapId()).map(OrganisationRoadmap::organisationName)
                .findFirst().orElse("");
        return Messages.get("roadmaps.milestone.choice", organisation, milestone.title(),
                FormInput.format(milestone.forecastDate()));
    }

    private void refresh() {
        var snapshot = context.snapshot();
        syncing = true;
        try {
            List<Milestone> milestones = snapshot.selected().map(OrganisationRoadmap::milestones).orElse(List.of());
            table.getItems().setAll(milestones);
            long editing = form.editingIdProperty().get();
            milestones.stream().filter(m -> m.id() == editing).findFirst()
                    .ifPresentOrElse(m -> table.getSelectionModel().select(m), () -> {
                        if (editing != 0) {
                            form.startNew();
                        }
                    });
            dependencies.getItems().setAll(context.periodMilestones().stream().filter(m -> m.id() != editing)
                    .toList());
        } finally {
            syncing = false;
        }
        selectDependencies();
        showSlippage();
        offerConfidences();
    }

    /**
     * The network's scale, plus the milestone's own value if it was assessed on the other scale, so that opening
     * it never changes its confidence. Replacing a combo box's items can clear its value, so the value is kept.
     */
    private void offerConfidences() {
        if (syncing) {
            return;
        }
        DeliveryConfidence current = form.confidenceProperty().get();
        var scale = context.snapshot().settings().confidenceScale().choices();
        var wanted = current == null || scale.contains(current) ? scale : List.of(DeliveryConfidence.values());
        if (!confidence.getItems().equals(wanted)) {
            syncing = true;
            try {
                confidence.getItems().setAll(wanted);
                form.confidenceProperty().set(current == null ? DeliveryConfidence.GREEN : current);
            } finally {
                syncing = false;
            }
        }
    }

    private void selectDependencies() {
        syncing = true;
        try {
            Controls.selectMilestones(dependencies, form.dependsOn());
        } finally {
            syncing = false;
        }
    }

    private void showSlippage() {
        String text = form.slippageText();
        slippage.setText(text.isEmpty() ? "" : Messages.get("roadmaps.milestone.slippageNow", text));
    }
}
