package uk.dln.secretariat.model.meetings;

/** What the network is asked to do with an agenda item, in the order substantive papers are usually taken. */
public enum ItemPurpose {
    DECISION("meetings.purpose.decision"),
    DISCUSSION("meetings.purpose.discussion"),
    INFORMATION("meetings.purpose.information"),
    NOTING("meetings.purpose.noting");

    private final String messageKey;

    ItemPurpose(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
