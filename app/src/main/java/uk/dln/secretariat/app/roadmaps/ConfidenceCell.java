package uk.dln.secretariat.app.roadmaps;

import javafx.scene.control.TableCell;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;

/** A table cell showing a confidence word on its colour: word and colour together, never colour alone. */
final class ConfidenceCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String word, boolean empty) {
        super.updateItem(word, empty);
        getStyleClass().removeIf(style -> style.startsWith("confidence-"));
        if (empty || word == null) {
            setText(null);
            return;
        }
        setText(word);
        for (DeliveryConfidence confidence : DeliveryConfidence.values()) {
            if (Messages.get(confidence.messageKey()).equals(word)) {
                getStyleClass().add(styleClass(confidence));
            }
        }
    }

    static String styleClass(DeliveryConfidence confidence) {
        return switch (confidence) {
            case RED -> "confidence-red";
            case AMBER_RED -> "confidence-amber-red";
            case AMBER -> "confidence-amber";
            case AMBER_GREEN -> "confidence-amber-green";
            case GREEN -> "confidence-green";
        };
    }
}
