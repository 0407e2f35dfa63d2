package uk.dln.secretariat.model.toolkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far an organisation has taken one of the toolkit's approaches: a four-level scale, plus "not applicable"
 * (which needs a reason and counts towards no average). Each level has a one-line meaning in the bundle.
 */
public enum MaturityLevel {
    NOT_STARTED(1, "toolkit.level.notStarted"),
    DEVELOPING(2, "toolkit.level.developing"),
    ESTABLISHED(3, "toolkit.level.established"),
    EMBEDDED(4, "toolkit.level.embedded"),
    NOT_APPLICABLE(0, "toolkit.level.notApplicable");

    private final int score;
    private final String messageKey;

    MaturityLevel(int score, String messageKey) {
        this.score = score;
        this.messageKey = messageKey;
    }

    /** 1 to 4 along the scale; 0 for not applicable, which is off the scale. */
    public int score() {
        return score;
    }

    public boolean onScale() {
        return this != NOT_APPLICABLE;
    }

    /** The level's name in the bundle; {@code messageKey() + ".meaning"} is its one-line meaning. */
    public String messageKey() {
        return messageKey;
    }

    public String meaningKey() {
        return messageKey + ".meaning";
    }

    /**
     * Reads a level as a person or a file writes it: its number (1-4), its name in any case ("Embedded",
     * "not started") or "N/A". Anything else is outside the scale.
     */
    public static Optional<MaturityLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (wanted.equals("N/A") || wanted.equals("NA")) {
            return Optional.of(NOT_APPLICABLE);
        }
        return Arrays.stream(values())
                .filter(level -> level.name().equals(wanted) || (level.onScale()
                        && String.valueOf(level.score).equals(wanted)))
                .findFirst();
    }
}
