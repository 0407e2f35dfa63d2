package uk.dln.secretariat.app.roadmaps;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;

/** The Gantt-style timeline of the period's milestones by organisation, zoomable, and saved as PNG. */
final class TimelinePane extends BorderPane {

    private final RoadmapsViewModel context;
    private final TaskExecutor executor;
    private final TimelineChart chart = new TimelineChart();
    private final Pane sheet = new Pane(chart);
    private final ScrollPane scroll = new ScrollPane();
    private final ToggleGroup zoom = new ToggleGroup();
    private final CheckBox onlyChosen = new CheckBox(Messages.get("roadmaps.timeline.onlyChosen"));
    private final Label message = new Label();

    TimelinePane(RoadmapsViewModel context, TaskExecutor executor) {
        this.context = context;
        this.executor = executor;
        var years = new RadioButton(Messages.get("roadmaps.timeline.years"));
        years.setUserData(TimelineLayout.Zoom.YEARS);
        years.setId("timeline-years");
        var quarters = new RadioButton(Messages.get("roadmaps.timeline.quarters"));
        quarters.setUserData(TimelineLayout.Zoom.QUARTERS);
        quarters.setId("timeline-quarters");
        years.setToggleGroup(zoom);
        quarters.setToggleGroup(zoom);
        years.setSelected(true);
        onlyChosen.setId("timeline-only-chosen");
        var save = Controls.button("timeline-save", "roadmaps.timeline.save", this::save);
        var zoomLabel = new Label(Messages.get("roadmaps.timeline.zoom"));
        var bar = new HBox(12, zoomLabel, years, quarters, onlyChosen, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        // The sheet has the whole timeline's size, for the scroll bars; the chart on it covers only the view.
        chart.setManaged(false);
        scroll.setContent(sheet);
        scroll.setId("timeline-scroll");
        scroll.viewportBoundsProperty().addListener(o -> follow());
        scroll.hvalueProperty().addListener(o -> follow());
        scroll.vvalueProperty().addListener(o -> follow());
        setCenter(scroll);
        chart.setAccessibleText(Messages.get("roadmaps.timeline.accessible"));

        zoom.selectedToggleProperty().addListener((obs, old, now) -> redraw());
        onlyChosen.selectedProperty().addListener((obs, old, now) -> redraw());
        context.snapshotProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private void redraw() {
        var snapshot = context.snapshot();
        if (snapshot.period().isEmpty()) {
            chart.setTimeline(null);
            fitSheet(0, 0);
            chart.setWidth(0);
            chart.setHeight(0);
            return;
        }
        List<OrganisationRoadmap> roadmaps = onlyChosen.isSelected()
                ? snapshot.selected().map(List::of).orElse(List.of()) : snapshot.overview();
        var level = (TimelineLayout.Zoom) zoom.getSelectedToggle().getUserData();
        var layout = new TimelineLayout(snapshot.period().get(), roadmaps, level, context.today());
        chart.setTimeline(layout);
        fitSheet(layout.width(), layout.height());
        follow();
    }

    /** The sheet takes exactly the timeline's size, no more and no less, so the scroll bars span it. */
    private void fitSheet(double width, double height) {
        sheet.setMinSize(width, height);
        sheet.setPrefSize(width, height);
    }

    /** Puts the chart over the part of the sheet in view, and draws that part. */
    private void follow() {
        Bounds view = scroll.getViewportBounds();
        // How far the sheet has scrolled, from the scroll bars' values (0 to 1 of what lies beyond the view).
        double left = scroll.getHvalue() * Math.max(0, sheet.getPrefWidth() - view.getWidth());
        double top = scroll.getVvalue() * Math.max(0, sheet.getPrefHeight() - view.getHeight());
        chart.relocate(left, top);
        chart.show(left, top, view.getWidth(), view.getHeight());
    }

    private void save() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("roadmaps.timeline.save.title"));
        chooser.setInitialFileName(Messages.get("roadmaps.timeline.save.fileName",
                context.snapshot().period().map(p -> p.code()).orElse("")));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("roadmaps.timeline.save.filter"),
                "*.png"));
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Writes the chart as it stands to the file, reporting the outcome beside the button. */
    void saveTo(Path file) {
        var image = chart.image();
        executor.execute(BackgroundTask.of(Messages.get("roadmaps.task.savePng"), progress -> {
                    TimelineChart.writePng(image, file);
                    return file;
                })
                .onSuccess(saved -> message.setText(Messages.get("roadmaps.timeline.saved", saved)))
                .onFailure(error -> message.setText(Messages.get("roadmaps.timeline.saveFailed", file,
                        Messages.describe(error)))));
    }
}
