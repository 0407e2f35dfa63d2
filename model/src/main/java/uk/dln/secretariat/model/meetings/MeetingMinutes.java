package uk.dln.secretariat.model.meetings;

import java.util.List;
import uk.dln.secretariat.model.Validator;

/**
 * A meeting's minutes: who was there and the declarations of interest (at meeting level), then for each agenda
 * item the discussion and the decisions. Draft until the meeting's status is minutes approved, then locked.
 */
public record MeetingMinutes(long meetingId, String attendance, String declarations, List<ItemMinutes> items) {

    public static final int TEXT_MAX = 20_000;

    /** The minutes of one agenda item. */
    public record ItemMinutes(long itemId, String discussion, String decisions) {

        public ItemMinutes {
            discussion = discussion == null ? "" : discussion.strip();
            decisions = decisions == null ? "" : decisions.strip();
            new Validator()
                    .maxLength("discussion", discussion, TEXT_MAX)
                    .maxLength("decisions", decisions, TEXT_MAX)
                    .throwIfInvalid();
        }
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
