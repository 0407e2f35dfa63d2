package uk.dln.secretariat.app.forms;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import uk.dln.secretariat.app.i18n.Messages;

/** "Search [ .... ]" above a list: labelled, described for screen readers, bound to the view model's text. */
public final class SearchRow extends HBox {

    /**
     * @param field       the field, kept by the caller so it can be focused
     * @param describeKey bundle key saying what the search looks through
     */
    public SearchRow(TextField field, String describeKey, StringProperty text) {
        String description = Messages.get(describeKey);
        field.setPromptText(description);
        field.setAccessibleText(description);
        field.setTooltip(new Tooltip(description));
        field.textProperty().bindBidirectional(text);
        HBox.setHgrow(field, Priority.ALWAYS);
        var label = new Label(Messages.get("directory.search"));
        label.setLabelFor(field);
        getChildren().addAll(label, field);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
    }
}
