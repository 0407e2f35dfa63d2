package uk.dln.secretariat.model.boardpack;

/** A meeting's documents that can be exported on their own, outside a pack. */
public enum MeetingDocument {
    AGENDA("pack.document.agenda"),
    MINUTES("pack.document.minutes"),
    COVER_SHEET("pack.document.coverSheet");

    private final String messageKey;

    MeetingDocument(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
