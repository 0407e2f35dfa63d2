package uk.dln.secretariat.app.forms;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Two blocks of a form side by side where the window is wide enough, one under the other where it is not, so that on
 * a small laptop screen neither block is squeezed until its labels and fields are cut off.
 */
public final class TwoColumns extends GridPane {

    private final Node second;
    private final double sideBySideFrom;

    /** @param sideBySideFrom the width from which both blocks fit side by side */
    public TwoColumns(Node first, Node second, double gap, double sideBySideFrom) {
        this.second = second;
        this.sideBySideFrom = sideBySideFrom;
        setHgap(gap);
        setVgap(gap);
        var left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        left.setPercentWidth(-1);
        var right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(left, right);
        add(first, 0, 0);
        add(second, 1, 0);
        widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue()));
    }

    private void arrange(double width) {
        boolean sideBySide = width >= sideBySideFrom;
        int column = sideBySide ? 1 : 0;
        int row = sideBySide ? 0 : 1;
        if (getColumnIndex(second) != column || getRowIndex(second) != row) {
            setConstraints(second, column, row);
            // Stacked, the first column takes the whole width; side by side, the two share it.
            getColumnConstraints().get(0).setPercentWidth(sideBySide ? 50 : 100);
            getColumnConstraints().get(1).setPercentWidth(sideBySide ? 50 : 0);
        }
    }

    /** Whether the blocks are side by side now (for tests). */
    public boolean sideBySide() {
        Integer column = getColumnIndex(second);
        return column != null && column == 1;
    }
}
