package uk.dln.secretariat.model.roadmaps;

/**
 * The band a risk score (likelihood times impact, 1 to 25) falls in. Bands follow the common 5x5 matrix: up to 4
 * low, up to 9 medium, up to 16 high, 20 and over very high.
 */
public enum RiskRating {
    LOW("roadmaps.rating.low", 4),
    MEDIUM("roadmaps.rating.medium", 9),
    HIGH("roadmaps.rating.high", 16),
    VERY_HIGH("roadmaps.rating.veryHigh", 25);

    private final String messageKey;
    private final int highestScore;

    RiskRating(String messageKey, int highestScore) {
        this.messageKey = messageKey;
        this.highestScore = highestScore;
    }

    public String messageKey() {
        return messageKey;
    }

    public static RiskRating of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk score runs from 1 to 25, not " + score);
        }
        for (RiskRating rating : values()) {
            if (score <= rating.highestScore) {
                return rating;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
