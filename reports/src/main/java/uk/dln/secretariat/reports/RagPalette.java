package uk.dln.secretariat.reports;

import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.RiskRating;

/**
 * GOV.UK colours (hex without '#') for ratings in documents, each with a text colour that passes contrast on it.
 * Colour always travels with the word; this only says which colour goes with which word.
 */
public final class RagPalette {

    public static final String RED = "CA3535";
    public static final String ORANGE = "F47738";
    public static final String GREEN = "0F7A52";
    public static final String YELLOW = "FFDD00";
    public static final String BLUE = "1D70B8";
    public static final String BLACK = "0B0C0C";
    public static final String WHITE = "FFFFFF";
    public static final String GREY = "484949";
    public static final String BORDER = "CECECE";
    public static final String SHADE = "F4F8FB";

    /** A fill and the text colour that reads on it. */
    public record Swatch(String fill, String text) {
    }

    private RagPalette() {
    }

    public static Swatch of(DeliveryConfidence confidence) {
        return switch (confidence) {
            case RED -> new Swatch(RED, WHITE);
            case AMBER_RED, AMBER, AMBER_GREEN -> new Swatch(ORANGE, BLACK);
            case GREEN -> new Swatch(GREEN, WHITE);
        };
    }

    public static Swatch of(RiskRating rating) {
        return switch (rating) {
            case LOW -> new Swatch(GREEN, WHITE);
            case MEDIUM -> new Swatch(YELLOW, BLACK);
            case HIGH -> new Swatch(ORANGE, BLACK);
            case VERY_HIGH -> new Swatch(RED, WHITE);
        };
    }

    /**
     * An action's status: overdue on red; open plain; in progress blue; proposed for closure yellow; closed green;
     * dropped grey. The word always goes with it ("Overdue" is written out), so nothing depends on the colour.
     */
    public static Swatch of(ActionStatus status, boolean overdue) {
        if (overdue) {
            return new Swatch(RED, WHITE);
        }
        return switch (status) {
            case OPEN -> new Swatch(WHITE, BLACK);
            case IN_PROGRESS -> new Swatch(BLUE, WHITE);
            case PROPOSED_FOR_CLOSURE -> new Swatch(YELLOW, BLACK);
            case CLOSED -> new Swatch(GREEN, WHITE);
            case DROPPED -> new Swatch(SHADE, GREY);
        };
    }

    public static Swatch of(IndicatorTrack track) {
        return switch (track) {
            case ON_TRACK -> new Swatch(GREEN, WHITE);
            case OFF_TRACK -> new Swatch(RED, WHITE);
            case NO_READINGS -> new Swatch(SHADE, BLACK);
        };
    }
}
