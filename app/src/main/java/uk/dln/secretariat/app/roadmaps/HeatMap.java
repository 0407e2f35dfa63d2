package uk.dln.secretariat.app.roadmaps;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.RiskRating;

/**
 * The 5x5 risk matrix: likelihood up the side, impact along the bottom, each cell with its score, its rating in
 * words and colour, and how many open risks sit there.
 */
final class HeatMap extends GridPane {

    private final Label[][] cells = new Label[5][5];

    HeatMap() {
        getStyleClass().add("heat-map");
        setHgap(2);
        setVgap(2);
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            var side = new Label(String.valueOf(likelihood));
            side.getStyleClass().add("heat-map-axis");
            add(side, 1, 5 - likelihood);
            for (int impact = 1; impact <= 5; impact++) {
                var cell = new Label();
                int score = likelihood * impact;
                RiskRating rating = RiskRating.of(score);
                cell.setStyle("-fx-background-color: " + ConfidencePalette.fill(rating) + "; -fx-text-fill: "
                        + ConfidencePalette.text(rating) + ";");
                cell.getStyleClass().add("heat-map-cell");
                cell.setAlignment(Pos.CENTER);
                cells[likelihood - 1][impact - 1] = cell;
                add(cell, impact + 1, 5 - likelihood);
            }
        }
        var likelihoodAxis = new Label(Messages.get("roadmaps.risk.likelihood.axis"));
        likelihoodAxis.setRotate(-90);
        likelihoodAxis.getStyleClass().add("heat-map-axis");
        // In a group the grid lays the label out by its turned bounds, so the word is not cut short.
        var turned = new Group(likelihoodAxis);
        GridPane.setValignment(turned, javafx.geometry.VPos.CENTER);
        add(turned, 0, 0, 1, 5);
        for (int impact = 1; impact <= 5; impact++) {
            var bottom = new Label(String.valueOf(impact));
            bottom.getStyleClass().add("heat-map-axis");
            GridPane.setHalignment(bottom, HPos.CENTER);
            add(bottom, impact + 1, 5);
        }
        var impactAxis = new Label(Messages.get("roadmaps.risk.impact.axis"));
        impactAxis.getStyleClass().add("heat-map-axis");
        GridPane.setHalignment(impactAxis, HPos.CENTER);
        add(impactAxis, 2, 6, 5, 1);
        setAccessibleText(Messages.get("roadmaps.risk.heatMap"));
        show(new int[5][5]);
    }

    /** @param counts open risks by {@code [likelihood - 1][impact - 1]} */
    void show(int[][] counts) {
        for (int l = 0; l < 5; l++) {
            for (int i = 0; i < 5; i++) {
                int score = (l + 1) * (i + 1);
                String text = Messages.get("roadmaps.risk.cell", score, Messages.get(RiskRating.of(score).messageKey()),
                        counts[l][i]);
                cells[l][i].setText(text);
                cells[l][i].setAccessibleText(Messages.get("roadmaps.risk.cell.accessible", l + 1, i + 1, text));
            }
        }
    }
}
