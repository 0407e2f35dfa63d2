package uk.dln.secretariat.model.meetings;

/** Why the network meets: its regular monthly meeting, an extra one called for one subject, or a workshop. */
public enum MeetingKind {
    MONTHLY("meetings.kind.monthly"),
    EXTRAORDINARY("meetings.kind.extraordinary"),
    WORKSHOP("meetings.kind.workshop");

    private final String messageKey;

    MeetingKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
