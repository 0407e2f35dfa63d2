package uk.dln.secretariat.app.roadmaps;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.forms.GuardedRows;
import uk.dln.secretariat.app.forms.UnsavedMark;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;

/** The open roadmap's indicators: a table with on or off track, the trend chart, and the forms. */
final class IndicatorsPane extends SplitPane {

    private final IndicatorsViewModel form;
    private final TableView<Indicator> table = new TableView<>();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final ComboBox<String> period = new ComboBox<>();
    private boolean syncing;

    IndicatorsPane(RoadmapsViewModel context) {
        this.form = new IndicatorsViewModel(context);
        table.setId("indicator-table");
        table.setAccessibleText(Messages.get("roadmaps.indicators.heading"));
        table.setPlaceholder(new Label(Messages.get("roadmaps.indicators.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        Controls.column(table, "roadmaps.indicator.name", 200, Indicator::name);
        Controls.column(table, "roadmaps.indicator.baseline", 80, i -> withUnit(i, i.baseline().toPlainString()));
        // A target with its unit and date ("20 days erbyn 31/03/2029") is long text, which gives way like a name.
        Controls.column(table, "roadmaps.indicator.target", 120, i -> Messages.get("roadmaps.indicator.targetBy",
                withUnit(i, i.target().toPlainString()), FormInput.format(i.targetDate()))).setMinWidth(100);
        Controls.column(table, "roadmaps.indicator.latest", 110, this::latest);
        Controls.column(table, "roadmaps.indicator.track", 90, i -> Messages.get(form.track(i).messageKey()));
        var heading = new Label(Messages.get("roadmaps.indicators.heading"));
        heading.getStyleClass().add("heading-m");
        var add = Controls.button("indicator-new", "roadmaps.indicator.new", () -> context.changes().leave(
                java.util.List.of(form), () -> {
                    table.getSelectionModel().clearSelection();
                    form.select(null);
                }));
        chart.setId("indicator-trend");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setAccessibleText(Messages.get("roadmaps.indicator.trend"));
        var left = new VBox(8, new HBox(12, heading, add), table, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        var right = new ScrollPane(UnsavedMark.owns(formPane(), form));
        right.setFitToWidth(true);
        // The form keeps room for its labels and fields; the list beside it gives way first.
        right.setMinWidth(Controls.FORM_MIN_WIDTH);
        getItems().addAll(left, right);
        // The table's five columns need more room than the form's short labels do: in Welsh their titles alone
        // ("Darlleniad diweddaraf") fill 0.6 of a 1280-pixel window, and the last column was cut off.
        setDividerPositions(0.67);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                GuardedRows.choose(table, now, context.changes(), form, i -> form.selectedProperty().get() != null
                        && i.id() == form.selectedProperty().get().id(), form::select);
            }
        });
        form.selectedProperty().addListener((obs, old, now) -> drawTrend());
        context.snapshotProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static String withUnit(Indicator indicator, String value) {
        return indicator.unit().isEmpty() ? value : Messages.get("roadmaps.indicator.withUnit", value,
                indicator.unit());
    }

    private String latest(Indicator indicator) {
        List<IndicatorReading> readings = form.readings(indicator);
        if (readings.isEmpty()) {
            return "";
        }
        var last = readings.get(readings.size() - 1);
        return Messages.get("roadmaps.indicator.reading", withUnit(indicator, last.value().toPlainString()),
                last.period().label());
    }

    private VBox formPane() {
        var errors = form.errors();
        var grid = new FormGrid()
                .row("roadmaps.indicator.name.label", Controls.text("indicator-name", form.nameProperty()),
                        errors.of(IndicatorsViewModel.NAME))
                .row("roadmaps.indicator.unit", Controls.text("indicator-unit", form.unitProperty()),
                        errors.of(IndicatorsViewModel.UNIT))
                .row("roadmaps.indicator.direction", Controls.choice("indicator-direction",
                        List.of(IndicatorDirection.values()), IndicatorDirection::messageKey,
                        form.directionProperty()), errors.of(IndicatorsViewModel.DIRECTION))
                .row("roadmaps.indicator.baseline.label", Controls.text("indicator-baseline",
                        form.baselineProperty()), errors.of(IndicatorsViewModel.BASELINE))
                .row("roadmaps.indicator.target.label", Controls.text("indicator-target", form.targetProperty()),
                        errors.of(IndicatorsViewModel.TARGET))
                .row("roadmaps.indicator.targetDate", Controls.date("indicator-target-date",
                        form.targetDateProperty(), errors, IndicatorsViewModel.TARGET_DATE), errors.of(IndicatorsViewModel.TARGET_DATE));
        var save = Controls.button("indicator-save", "roadmaps.indicator.save", form::save);

        var readingErrors = form.readingErrors();
        period.setId("reading-period");
        uk.dln.secretariat.app.forms.TypeAhead.install(period);
        period.setEditable(true);
        period.getEditor().textProperty().bindBidirectional(form.periodProperty());
        var readingGrid = new FormGrid()
                .row("roadmaps.reading.period", period, readingErrors.of(IndicatorsViewModel.PERIOD))
                .row("roadmaps.reading.value", Controls.text("reading-value", form.valueProperty()),
                        readingErrors.of(IndicatorsViewModel.VALUE))
                .row("roadmaps.reading.note", Controls.text("reading-note", form.noteProperty()),
                        readingErrors.of(IndicatorsViewModel.NOTE));
        var addReading = Controls.button("reading-add", "roadmaps.reading.add", form::addReading);
        var readingHeading = new Label(Messages.get("roadmaps.reading.heading"));
        readingHeading.getStyleClass().add("heading-m");
        var hint = new Label(Messages.get("roadmaps.indicator.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var box = new VBox(10, Controls.changedByOthers("indicator", form.changedByOtherProperty(), form::reloadStored),
                grid, Controls.general(errors), UnsavedMark.row(form, save),
                readingHeading, readingGrid,
                Controls.general(readingErrors), addReading, hint);
        box.setPadding(new Insets(12));
        return box;
    }

    private void refresh() {
        syncing = true;
        try {
            table.getItems().setAll(form.indicators());
            period.getItems().setAll(form.quarterChoices());
            var current = form.selectedProperty().get();
            if (current != null) {
                table.getSelectionModel().select(current);
            }
        } finally {
            syncing = false;
        }
        drawTrend();
    }

    private void drawTrend() {
        var readings = new XYChart.Series<String, Number>();
        readings.setName(Messages.get("roadmaps.indicator.readings"));
        var target = new XYChart.Series<String, Number>();
        target.setName(Messages.get("roadmaps.indicator.targetLine"));
        for (IndicatorsViewModel.TrendPoint point : form.trend()) {
            target.getData().add(new XYChart.Data<>(point.quarter(), point.expected()));
            if (point.reading() != null) {
                readings.getData().add(new XYChart.Data<>(point.quarter(), point.reading()));
            }
        }
        var indicator = form.selectedProperty().get();
        chart.setTitle(indicator == null ? Messages.get("roadmaps.indicator.chooseForTrend")
                : Messages.get("roadmaps.indicator.trendOf", indicator.name(), Messages.get(form.track(indicator)
                .messageKey())));
        chart.getData().setAll(List.of(target, readings));
    }
}
