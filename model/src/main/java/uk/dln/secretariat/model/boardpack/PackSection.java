package uk.dln.secretariat.model.boardpack;

/**
 * The parts of a board pack a secretariat may choose, in the order the pack prints them. The cover page and the
 * contents are always there, so they are not choices.
 */
public enum PackSection {
    AT_A_GLANCE("pack.section.atAGlance"),
    AGENDA("pack.section.agenda"),
    MINUTES("pack.section.minutes"),
    ACTIONS("pack.section.actions"),
    PAPERS("pack.section.papers"),
    ROADMAPS("pack.section.roadmaps"),
    INDICATORS("pack.section.indicators"),
    RISKS("pack.section.risks"),
    SELF_ASSESSMENT("pack.section.selfAssessment");

    private final String messageKey;

    PackSection(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The agenda, previous minutes, action log and cover sheets come from the meeting the pack is for. */
    public boolean fromMeeting() {
        return this == AGENDA || this == MINUTES || this == ACTIONS || this == PAPERS;
    }

    /** The section's heading in the pack, and its name where it is chosen. */
    public String messageKey() {
        return messageKey;
    }
}
