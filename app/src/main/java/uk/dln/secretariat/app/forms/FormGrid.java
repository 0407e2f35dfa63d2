package uk.dln.secretariat.app.forms;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
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

    /**
     * The narrowest a long label is squeezed to, wrapping onto more lines, when its form is too narrow for it on one
     * line: Welsh labels ("Rheswm dros ragolwg neu hyder newydd") are often longer than the English ones, and a label
     * column as wide as the longest of them pushed a roadmap form beside its list out of a 1280-pixel window.
     */
    static final double LABEL_WRAP_WIDTH = 180;

    private int rows;

    public FormGrid() {
        getStyleClass().add("form-grid");
        var labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        // A clipped label no longer says what a field is for, so no label is ever cut short: where the form is too
        // narrow for its longest labels on one line, they wrap (never narrower than LABEL_WRAP_WIDTH); where it is
        // wide enough, every label keeps to one line as before.
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
        var label = new FieldLabel(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
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

    /** A field's label: one line where there is room, wrapped onto more (whole words, never cut) where there is not. */
    private static final class FieldLabel extends Label {

        FieldLabel(String text) {
            super(text);
            setWrapText(true);
            setTextAlignment(TextAlignment.RIGHT);
        }

        @Override
        protected double computeMinWidth(double height) {
            return Math.min(computePrefWidth(height), LABEL_WRAP_WIDTH);
        }

        @Override
        protected double computeMinHeight(double width) {
            // Wrapped, the label needs the height of all its lines, or its last words would give way to an ellipsis.
            return computePrefHeight(width);
        }
    }
}
