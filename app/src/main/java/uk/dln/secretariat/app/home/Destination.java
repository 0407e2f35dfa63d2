package uk.dln.secretariat.app.home;

import uk.dln.secretariat.app.shell.Section;

/**
 * Where a line on Home leads: a section, and in it the meeting or organisation the line is about.
 *
 * @param meetingId      the meeting to show, or 0
 * @param organisationId the organisation to show, or 0
 * @param organisation   its short name, or empty
 */
public record Destination(Section section, long meetingId, long organisationId, String organisation) {

    public static Destination of(Section section) {
        return new Destination(section, 0, 0, "");
    }

    public static Destination meeting(long meetingId) {
        return new Destination(Section.MEETINGS, meetingId, 0, "");
    }

    public static Destination organisation(Section section, long organisationId, String organisation) {
        return new Destination(section, 0, organisationId, organisation);
    }
}
