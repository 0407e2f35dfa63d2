package uk.dln.secretariat.model.roadmaps;

/** How an indicator's latest reading compares with the line from its baseline to its target. */
public enum IndicatorTrack {
    ON_TRACK("roadmaps.track.on"),
    OFF_TRACK("roadmaps.track.off"),
    NO_READINGS("roadmaps.track.none");

    private final String messageKey;

    IndicatorTrack(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
