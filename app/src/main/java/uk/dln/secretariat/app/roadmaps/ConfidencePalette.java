package uk.dln.secretariat.app.roadmaps;

import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.RiskRating;

/**
 * GOV.UK colours for confidence and risk ratings, with a text colour that passes contrast on each. Colour always
 * travels with a word; these only say which colour goes with which word.
 */
public final class ConfidencePalette {

    public static final String RED = "#ca3535";
    public static final String ORANGE = "#f47738";
    public static final String GREEN = "#0f7a52";
    public static final String YELLOW = "#ffdd00";
    public static final String BLACK = "#0b0c0c";
    public static final String WHITE = "#ffffff";

    private ConfidencePalette() {
    }

    public static String fill(DeliveryConfidence confidence) {
        return switch (confidence) {
            case RED -> RED;
            case AMBER_RED, AMBER, AMBER_GREEN -> ORANGE;
            case GREEN -> GREEN;
        };
    }

    /** The in-between values of the five-point scale carry a second colour as a band on their marker. */
    public static String band(DeliveryConfidence confidence) {
        return switch (confidence) {
            case AMBER_RED -> RED;
            case AMBER_GREEN -> GREEN;
            default -> fill(confidence);
        };
    }

    public static String text(DeliveryConfidence confidence) {
        return fill(confidence).equals(ORANGE) ? BLACK : WHITE;
    }

    public static String fill(RiskRating rating) {
        return switch (rating) {
            case LOW -> GREEN;
            case MEDIUM -> YELLOW;
            case HIGH -> ORANGE;
            case VERY_HIGH -> RED;
        };
    }

    public static String text(RiskRating rating) {
        return rating == RiskRating.LOW || rating == RiskRating.VERY_HIGH ? WHITE : BLACK;
    }
}
