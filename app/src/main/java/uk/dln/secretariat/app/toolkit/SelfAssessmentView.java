package uk.dln.secretariat.app.toolkit;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.forms.Choices;
import uk.dln.secretariat.app.forms.DatePickers;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;

/**
 * The self-assessment section: the round bar (choose, open, close), then tabs for the network's heat map, the rating
 * form and the Digital Leader role check.
 */
public final class SelfAssessmentView extends BorderPane {

    private final SelfAssessmentViewModel viewModel;
    private final TabPane tabs = new TabPane();
    private final RatingForm ratingForm;

    public SelfAssessmentView(SelfAssessmentViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("toolkit");
        getStylesheets().add(Objects.requireNonNull(
                SelfAssessmentView.class.getResource("toolkit.css")).toExternalForm());
        this.ratingForm = new RatingForm(viewModel);

        var heading = new Label(Messages.get("toolkit.heading"));
        heading.getStyleClass().add("heading-l");
        var top = new VBox(8, heading, roundBar(), newRoundBar());
        top.setPadding(new Insets(16, 16, 8, 16));
        setTop(top);

        var heatMapTab = tab("toolkit.tab.heatMap", heatMapPane());
        var rateTab = tab("toolkit.tab.rate", ratingForm);
        var roleTab = tab("toolkit.tab.roleCheck", new RoleCheckPane(viewModel));
        tabs.getTabs().addAll(heatMapTab, rateTab, roleTab);
        ratingForm.saveOnEnterWhile(rateTab.selectedProperty());
        tabs.setId("toolkit-tabs");
        tabs.setAccessibleText(Messages.get("toolkit.tabs.accessible"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    private HBox roundBar() {
        var round = Choices.of("toolkit-round", viewModel.rounds(), this::roundLabel, viewModel.roundProperty());
        var label = label("toolkit.round", round);
        var close = new Button();
        close.setId("toolkit-close-round");
        close.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.get(viewModel.roundProperty().get() != null && viewModel.roundProperty().get().closed()
                        ? "toolkit.round.reopen" : "toolkit.round.close"), viewModel.roundProperty()));
        close.disableProperty().bind(viewModel.roundProperty().isNull());
        close.setOnAction(event -> viewModel.toggleClosed());
        var export = new Button(Messages.get("toolkit.export"));
        export.setId("toolkit-export");
        export.setMnemonicParsing(true);
        export.disableProperty().bind(viewModel.roundProperty().isNull());
        export.setOnAction(event -> viewModel.exportPack());
        var exported = new Label();
        exported.setId("toolkit-export-status");
        exported.setWrapText(true);
        exported.textProperty().bind(viewModel.exportStatusProperty());
        var bar = new HBox(12, label, round, close, export, exported);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private FlowPane newRoundBar() {
        var name = new TextField();
        name.setId("toolkit-new-round-name");
        name.textProperty().bindBidirectional(viewModel.newRoundNameProperty());
        name.setPromptText(Messages.get("toolkit.round.namePrompt"));
        var roundErrors = viewModel.roundErrors();
        var deadline = DatePickers.create(roundErrors, "deadline");
        deadline.setId("toolkit-new-round-deadline");
        deadline.valueProperty().bindBidirectional(viewModel.newRoundDeadlineProperty());
        var deadlineError = new Label();
        deadlineError.getStyleClass().add(FormGrid.ERROR_STYLE);
        deadlineError.setWrapText(true);
        deadlineError.textProperty().bind(roundErrors.of("deadline"));
        deadlineError.visibleProperty().bind(deadlineError.textProperty().isNotEmpty());
        deadlineError.managedProperty().bind(deadlineError.visibleProperty());
        deadline.accessibleHelpProperty().bind(deadlineError.textProperty());
        var open = new Button(Messages.get("toolkit.round.open"));
        open.setId("toolkit-open-round");
        open.setOnAction(event -> viewModel.openRound());
        var errors = new Label();
        errors.getStyleClass().add(FormGrid.ERROR_STYLE);
        errors.textProperty().bind(javafx.beans.binding.Bindings.concat(roundErrors.of("name"), " ",
                roundErrors.of("opensOn"), " ", roundErrors.general()));
        var bar = new FlowPane(12, 6, label("toolkit.round.name", name), name,
                label("toolkit.round.deadline", deadline), new VBox(2, deadline, deadlineError), open, errors);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private BorderPane heatMapPane() {
        var grid = new HeatMapGrid(viewModel, this::openRating);
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        scroll.setFocusTraversable(false);

        var legend = new FlowPane(8, 4);
        legend.setId("toolkit-legend");
        for (MaturityLevel level : MaturityLevel.values()) {
            var key = new Label(Messages.get(level.shortKey()) + " = " + Messages.get(level.messageKey()));
            key.setTooltip(new javafx.scene.control.Tooltip(Messages.get(level.meaningKey())));
            key.getStyleClass().addAll(HeatMapGrid.CELL_STYLE, "toolkit-legend-item",
                    "level-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            legend.getChildren().add(key);
        }
        var centre = new VBox(8, legend, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        var focused = new Label();
        focused.setId("toolkit-focused");
        focused.setWrapText(true);
        focused.textProperty().bind(viewModel.focusedProperty());
        focused.setMinHeight(Region.USE_PREF_SIZE);
        var learnHeading = heading("");
        learnHeading.textProperty().bind(viewModel.learnFromHeadingProperty());
        var learnFrom = list("toolkit-learn-from", viewModel.learnFrom(), "toolkit.learnFrom.accessible");
        var movement = new Label();
        movement.setWrapText(true);
        movement.textProperty().bind(viewModel.movementProperty());
        movement.setMinHeight(Region.USE_PREF_SIZE);
        var weakest = list("toolkit-weakest", viewModel.weakest(), "toolkit.weakest.heading");
        var side = new VBox(6, heading(Messages.get("toolkit.focused.heading")), focused, learnHeading, learnFrom,
                heading(Messages.get("toolkit.movement.heading")), movement,
                heading(Messages.get("toolkit.weakest.heading")), weakest);
        side.setPrefWidth(340);
        side.setMinWidth(280);
        side.setPadding(new Insets(0, 0, 0, 12));

        var pane = new BorderPane(centre);
        pane.setRight(side);
        pane.setPadding(new Insets(8, 16, 16, 16));
        return pane;
    }

    /** Enter on a cell: rate that organisation's approach. */
    private void openRating(long organisationId, long approachId) {
        viewModel.editCell(organisationId, approachId);
        tabs.getSelectionModel().select(1);
        ratingForm.focusLevel();
    }

    private String roundLabel(SelfAssessmentRound round) {
        return Messages.get(round.closed() ? "toolkit.round.labelClosed" : "toolkit.round.label", round.name(),
                Dates.format(round.deadline()));
    }

    static ListView<String> list(String id, javafx.collections.ObservableList<String> items, String accessibleKey) {
        var list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(Messages.get(accessibleKey));
        list.setPrefHeight(150);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    static Label heading(String text) {
        var heading = new Label(text);
        heading.getStyleClass().add("heading-s");
        heading.setWrapText(true);
        return heading;
    }

    static Label label(String key, javafx.scene.control.Control control) {
        var label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setAccessibleText(Messages.get(key).replace("_", ""));
        return label;
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        var tab = new Tab(Messages.get(key), content);
        tab.setClosable(false);
        return tab;
    }
}
