package uk.dln.secretariat.app.roadmaps;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.roadmaps.SpendingReviewPeriod;

/**
 * The Roadmaps section: choose a Spending Review period and an organisation, then see the network at a glance,
 * the organisation's strategy and milestones, the timeline, indicators and risks.
 */
public final class RoadmapsView extends BorderPane {

    private final RoadmapsViewModel viewModel;
    private final ComboBox<SpendingReviewPeriod> period = new ComboBox<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private boolean syncing;

    public RoadmapsView(RoadmapsViewModel viewModel, TaskExecutor executor) {
        this.viewModel = viewModel;
        getStyleClass().add("roadmaps");
        var heading = new Label(Messages.get("roadmaps.heading"));
        heading.getStyleClass().add("heading-l");
        period.setId("roadmaps-period");
        uk.dln.secretariat.app.forms.TypeAhead.install(period);
        period.setButtonCell(Controls.cell(SpendingReviewPeriod::label));
        period.setCellFactory(list -> Controls.cell(SpendingReviewPeriod::label));
        organisation.setId("roadmaps-organisation");
        uk.dln.secretariat.app.forms.TypeAhead.install(organisation);
        organisation.setButtonCell(Controls.cell(Organisation::name));
        organisation.setCellFactory(list -> Controls.cell(Organisation::name));
        organisation.setPrefWidth(320);
        var periodLabel = label("roadmaps.period", period);
        var organisationLabel = label("roadmaps.organisation", organisation);
        var bar = new HBox(12, periodLabel, period, organisationLabel, organisation);
        bar.setAlignment(Pos.CENTER_LEFT);
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        organisationLabel.setMinWidth(Region.USE_PREF_SIZE);
        period.setMinWidth(Region.USE_PREF_SIZE);
        var problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        var top = new VBox(8, heading, bar, problem);
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        var tabs = new TabPane(
                tab("roadmaps.tab.network", new NetworkPane(viewModel)),
                tab("roadmaps.tab.milestones", new MilestonesPane(viewModel, new RoadmapFormViewModel(viewModel))),
                tab("roadmaps.tab.timeline", new TimelinePane(viewModel, executor)),
                tab("roadmaps.tab.indicators", new IndicatorsPane(viewModel)),
                tab("roadmaps.tab.risks", new RisksPane(viewModel)));
        tabs.setId("roadmaps-tabs");
        tabs.setAccessibleText(Messages.get("section.roadmaps"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        // Asked after the choice is made (the question is modal); on Cancel the choosers show the roadmap in view.
        period.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                javafx.application.Platform.runLater(() -> {
                    viewModel.choosePeriod(now);
                    keepChoicesWhileUnsaved();
                });
            }
        });
        organisation.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                javafx.application.Platform.runLater(() -> {
                    viewModel.chooseOrganisation(now);
                    keepChoicesWhileUnsaved();
                });
            }
        });
        viewModel.snapshotProperty().addListener((obs, old, now) -> showChoices());
        viewModel.reload();
    }

    private static Label label(String key, javafx.scene.control.Control control) {
        var label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        control.setAccessibleText(label.getText().replace("_", ""));
        return label;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        var tab = new Tab(Messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        return tab;
    }

    private void keepChoicesWhileUnsaved() {
        if (viewModel.changes().isDirty()) {
            showChoices();
        }
    }

    private void showChoices() {
        var snapshot = viewModel.snapshot();
        syncing = true;
        try {
            period.getItems().setAll(snapshot.periods());
            period.setValue(snapshot.period().orElse(null));
            organisation.getItems().setAll(snapshot.organisations());
            organisation.setValue(snapshot.organisation().orElse(null));
        } finally {
            syncing = false;
        }
    }
}
