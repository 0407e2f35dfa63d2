package uk.dln.secretariat.app.toolkit;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.toolkit.NetworkHeatMap;

/**
 * Organisations by approaches, one button per cell: each carries its level in words as well as colour, is reached
 * with Tab and the arrow keys, says its organisation, approach, level and evidence to a screen reader, and opens the
 * rating form with Enter or Space.
 */
final class HeatMapGrid extends GridPane {

    static final String CELL_STYLE = "toolkit-cell";

    private final SelfAssessmentViewModel viewModel;
    private final BiConsumer<Long, Long> onOpen;

    HeatMapGrid(SelfAssessmentViewModel viewModel, BiConsumer<Long, Long> onOpen) {
        this.viewModel = viewModel;
        this.onOpen = onOpen;
        getStyleClass().add("toolkit-heat-map");
        setHgap(2);
        setVgap(2);
        setAccessibleText(Messages.get("toolkit.heatMap.accessible"));
        viewModel.heatMapProperty().addListener((obs, old, map) -> build(map));
        build(viewModel.heatMapProperty().get());
    }

    private void build(NetworkHeatMap map) {
        getChildren().clear();
        if (map == null) {
            add(new Label(Messages.get("toolkit.heatMap.empty")), 0, 0);
            return;
        }
        for (int column = 0; column < map.approaches().size(); column++) {
            var approach = map.approaches().get(column);
            var header = new Label(approach.code());
            header.getStyleClass().add("toolkit-column-heading");
            header.setTooltip(new Tooltip(approach.label()));
            add(header, column + 1, 0);
        }
        for (int row = 0; row < map.organisations().size(); row++) {
            var organisation = map.organisations().get(row);
            var name = new Label(Messages.get("toolkit.heatMap.rowHeading", organisation.shortName(),
                    map.ratedCount(organisation.id()), map.approaches().size()));
            name.getStyleClass().add("toolkit-row-heading");
            name.setTooltip(new Tooltip(organisation.name()));
            add(name, 0, row + 1);
            for (int column = 0; column < map.approaches().size(); column++) {
                long approachId = map.approaches().get(column).id();
                add(cell(map, organisation.id(), approachId), column + 1, row + 1);
            }
        }
    }

    private Button cell(NetworkHeatMap map, long organisationId, long approachId) {
        var cell = new Button(SelfAssessmentViewModel.cellText(map, organisationId, approachId));
        cell.setId("toolkit-cell-" + organisationId + "-" + approachId);
        cell.getStyleClass().add(CELL_STYLE);
        cell.getStyleClass().add(map.rating(organisationId, approachId)
                .map(r -> "level-" + r.level().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse("level-unrated"));
        cell.setAccessibleText(viewModel.cellDescription(organisationId, approachId));
        cell.setFocusTraversable(true);
        cell.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                viewModel.focusCell(organisationId, approachId);
            }
        });
        cell.setOnAction(event -> onOpen.accept(organisationId, approachId));
        // Enter as well as Space: a button otherwise leaves Enter to the window's default button.
        cell.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                onOpen.accept(organisationId, approachId);
            }
        });
        return cell;
    }
}
