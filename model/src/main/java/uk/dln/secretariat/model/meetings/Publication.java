package uk.dln.secretariat.model.meetings;

/** Whether a paper may be published once the meeting has considered it: a cover sheet says so. */
public enum Publication {
    NOT_DECIDED("meetings.publication.notDecided"),
    PUBLISH("meetings.publication.publish"),
    PUBLISH_REDACTED("meetings.publication.publishRedacted"),
    NOT_FOR_PUBLICATION("meetings.publication.notForPublication");

    private final String messageKey;

    Publication(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
