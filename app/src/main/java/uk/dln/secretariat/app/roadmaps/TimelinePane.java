package uk.dln.secretariat.app.roadmaps;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
        var scroll = new ScrollPane(chart);
        scroll.setId("timeline-scroll");
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
            chart.setWidth(0);
            chart.setHeight(0);
            return;
        }
        List<OrganisationRoadmap> roadmaps = onlyChosen.isSelected()
                ? snapshot.selected().map(List::of).orElse(List.of()) : snapshot.overview();
        var level = (TimelineLayout.Zoom) zoom.getSelectedToggle().getUserData();
        chart.draw(new TimelineLayout(snapshot.period().get(), roadmaps, level, context.today()));
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
