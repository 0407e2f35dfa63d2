package uk.dln.secretariat.model.toolkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far an organisation has taken one of the toolkit's approaches: a four-level scale, plus "not applicable"
 * (which needs a reason and counts towards no average). Each level has a one-line meaning in the bundle.
 */
public enum MaturityLevel {
    NOT_STARTED(1, "toolkit.level.notStarted", "toolkit.level.notStarted.short",
            "toolkit.level.notStarted.meaning"),
    DEVELOPING(2, "toolkit.level.developing", "toolkit.level.developing.short",
            "toolkit.level.developing.meaning"),
    ESTABLISHED(3, "toolkit.level.established", "toolkit.level.established.short",
            "toolkit.level.established.meaning"),
    EMBEDDED(4, "toolkit.level.embedded", "toolkit.level.embedded.short", "toolkit.level.embedded.meaning"),
    NOT_APPLICABLE(0, "toolkit.level.notApplicable", "toolkit.level.notApplicable.short",
            "toolkit.level.notApplicable.meaning");

    private final int score;
    private final String messageKey;
    private final String shortKey;
    private final String meaningKey;

    MaturityLevel(int score, String messageKey, String shortKey, String meaningKey) {
        this.score = score;
        this.messageKey = messageKey;
        this.shortKey = shortKey;
        this.meaningKey = meaningKey;
    }

    /** 1 to 4 along the scale; 0 for not applicable, which is off the scale. */
    public int score() {
        return score;
    }

    public boolean onScale() {
        return this != NOT_APPLICABLE;
    }

    /** The level's name in the bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** Its number and abbreviation, as a heat-map cell shows it: "4 Emb". */
    public String shortKey() {
        return shortKey;
    }

    /** Its one-line meaning. */
    public String meaningKey() {
        return meaningKey;
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
