package uk.dln.secretariat.model.meetings;

import java.util.List;
import uk.dln.secretariat.model.Validator;

/**
 * A meeting's minutes: who was there and the declarations of interest (at meeting level), then for each agenda
 * item the discussion and the decisions. Draft until the meeting's status is minutes approved, then locked.
 *
 * @param version the meeting's stored version they were read at (decision 0038), claimed when the meeting-level text
 *                changes; each item's minutes carry their item's
 */
public record MeetingMinutes(long meetingId, String attendance, String declarations, List<ItemMinutes> items,
                             long version) {

    public static final int TEXT_MAX = 20_000;

    /**
     * The minutes of one agenda item.
     *
     * @param version the item's stored version they were read at, claimed when its minutes change
     */
    public record ItemMinutes(long itemId, String discussion, String decisions, long version) {

        /** Minutes not read from a workspace, of an item at the version a new record starts at. */
        public ItemMinutes(long itemId, String discussion, String decisions) {
            this(itemId, discussion, decisions, 0);
        }

        public ItemMinutes {
            discussion = discussion == null ? "" : discussion.strip();
            decisions = decisions == null ? "" : decisions.strip();
            new Validator()
                    .maxLength("discussion", discussion, TEXT_MAX)
                    .maxLength("decisions", decisions, TEXT_MAX)
                    .throwIfInvalid();
        }
    }

    /** Minutes not read from a workspace, of a meeting at the version a new record starts at. */
    public MeetingMinutes(long meetingId, String attendance, String declarations, List<ItemMinutes> items) {
        this(meetingId, attendance, declarations, items, 0);
    }

    public MeetingMinutes {
        attendance = attendance == null ? "" : attendance.strip();
        declarations = declarations == null ? "" : declarations.strip();
        items = List.copyOf(items);
        new Validator()
                .maxLength("attendance", attendance, TEXT_MAX)
                .maxLength("declarations", declarations, TEXT_MAX)
                .throwIfInvalid();
    }
}
