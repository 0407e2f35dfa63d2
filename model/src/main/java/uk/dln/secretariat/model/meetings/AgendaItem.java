package uk.dln.secretariat.model.meetings;

import uk.dln.secretariat.model.Validator;

/**
 * One item on a meeting's agenda. Its position is its place in the order (1 first); its paper reference is not
 * stored but follows from the order of the items that carry a paper, see {@link Agenda}.
 *
 * @param id          0 until stored
 * @param standing    which standing item this is, or null for a substantive item
 * @param presenterId the leader or guest presenting, or null
 * @param minutes     time allotted, in minutes
 * @param paper       whether the item has a paper (and so a paper reference)
 * @param version     the stored version it was read at (decision 0038): a save, a move and a delete claim it; 0 for
 *                    a new item
 */
public record AgendaItem(long id, long meetingId, int position, String title, ItemPurpose purpose,
                         StandingItem standing, Long presenterId, int minutes, boolean paper, CoverSheet cover,
                         long version) {

    public static final int TITLE_MAX = 200;
    public static final int MINUTES_MAX = 600;

    public AgendaItem {
        title = title == null ? "" : title.strip();
        new Validator()
                .required("title", title)
                .maxLength("title", title, TITLE_MAX)
                .check(purpose != null, "purpose", "validation.required")
                .check(minutes >= 0, "minutes", "meetings.error.negativeMinutes", minutes)
                .check(minutes <= MINUTES_MAX, "minutes", "meetings.error.tooManyMinutes", MINUTES_MAX)
                .check(cover != null, "cover", "validation.required")
                .throwIfInvalid();
    }

    /** An item not read from a workspace, so at the version a new record starts at. */
    public AgendaItem(long id, long meetingId, int position, String title, ItemPurpose purpose, StandingItem standing,
                      Long presenterId, int minutes, boolean paper, CoverSheet cover) {
        this(id, meetingId, position, title, purpose, standing, presenterId, minutes, paper, cover, 0);
    }

    public AgendaItem withId(long newId) {
        return new AgendaItem(newId, meetingId, position, title, purpose, standing, presenterId, minutes, paper, cover,
                version);
    }

    /** The same item as stored at a newer version, after a save. */
    public AgendaItem atVersion(long newVersion) {
        return new AgendaItem(id, meetingId, position, title, purpose, standing, presenterId, minutes, paper, cover,
                newVersion);
    }

    public AgendaItem at(long newMeetingId, int newPosition) {
        return new AgendaItem(id, newMeetingId, newPosition, title, purpose, standing, presenterId, minutes, paper,
                cover, version);
    }
}
