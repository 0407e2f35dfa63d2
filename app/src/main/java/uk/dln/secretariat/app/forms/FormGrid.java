package uk.dln.secretariat.app.forms;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Label, control and inline error in one row, the same way in every form. The label names the control for screen
 * readers and carries a mnemonic (Alt plus the underlined letter), and the error is words, never only a red border.
 */
public final class FormGrid extends GridPane {

    public static final String ERROR_STYLE = "field-error";
    public static final String INVALID_STYLE = "invalid";

    /** Narrow enough for a 1024-pixel-wide window, wide enough to read what was typed. */
    static final double FIELD_MIN_WIDTH = 150;

    private int rows;

    public FormGrid() {
        getStyleClass().add("form-grid");
        var labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        // The field column gives way before the labels do: a clipped label no longer says what a field is for. The
        // column is as wide as its longest label, however narrow the form.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(FIELD_MIN_WIDTH);
        getColumnConstraints().addAll(labels, fields);
        setHgap(12);
        setVgap(6);
    }

    /**
     * @param labelKey bundle key of the label; an underscore before a letter makes it the mnemonic
     * @param error    the field's message, shown under it while not empty
     */
    public FormGrid row(String labelKey, Control control, ReadOnlyStringProperty error) {
        String text = Messages.get(labelKey);
        var label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setAccessibleText(text.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        // A drop-down or check box with a long text would otherwise refuse to be narrower than that text, and push
        // the form (labels first) out of its window.
        control.setMinWidth(FIELD_MIN_WIDTH);

        var message = new Label();
        message.getStyleClass().add(ERROR_STYLE);
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        error.addListener((obs, old, now) -> {
            control.setAccessibleHelp(now);
            if (now.isEmpty()) {
                control.getStyleClass().remove(INVALID_STYLE);
            } else if (!control.getStyleClass().contains(INVALID_STYLE)) {
                control.getStyleClass().add(INVALID_STYLE);
            }
        });

        add(label, 0, rows);
        add(new VBox(2, control, message), 1, rows);
        rows++;
        return this;
    }
}
