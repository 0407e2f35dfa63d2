package uk.dln.secretariat.model.meetings;

/**
 * The items every monthly meeting has, in the usual agenda order. Substantive items go between
 * {@link #MATTERS_ARISING} and {@link #ANY_OTHER_BUSINESS}. The default title is a message key, so a Welsh
 * interface gets Welsh titles.
 */
public enum StandingItem {
    WELCOME("meetings.standing.welcome", ItemPurpose.NOTING, 5, false),
    DECLARATIONS("meetings.standing.declarations", ItemPurpose.NOTING, 5, false),
    PREVIOUS_MINUTES("meetings.standing.previousMinutes", ItemPurpose.DECISION, 5, true),
    MATTERS_ARISING("meetings.standing.mattersArising", ItemPurpose.NOTING, 10, true),
    ANY_OTHER_BUSINESS("meetings.standing.anyOtherBusiness", ItemPurpose.DISCUSSION, 5, false),
    NEXT_MEETING("meetings.standing.nextMeeting", ItemPurpose.INFORMATION, 2, false);

    private final String titleKey;
    private final ItemPurpose purpose;
    private final int minutes;
    private final boolean paper;

    StandingItem(String titleKey, ItemPurpose purpose, int minutes, boolean paper) {
        this.titleKey = titleKey;
        this.purpose = purpose;
        this.minutes = minutes;
        this.paper = paper;
    }

    public String titleKey() {
        return titleKey;
    }

    public ItemPurpose purpose() {
        return purpose;
    }

    public int minutes() {
        return minutes;
    }

    /** The previous minutes and the action log go out as papers 01 and 02. */
    public boolean paper() {
        return paper;
    }

    /** Standing items that close the agenda come after every substantive item. */
    public boolean closesAgenda() {
        return this == ANY_OTHER_BUSINESS || this == NEXT_MEETING;
    }
}
