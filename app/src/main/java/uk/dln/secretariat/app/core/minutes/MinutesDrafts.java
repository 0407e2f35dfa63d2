package uk.dln.secretariat.app.core.minutes;

import java.time.LocalDate;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes;
import uk.dln.secretariat.persistence.WorkspaceData;

/** Drafts a meeting's minutes straight from the workspace, for work done without the screen (demo data). */
public final class MinutesDrafts {

    private MinutesDrafts() {
    }

    /**
     * The skeleton the minutes page drafts, with the previous minutes recorded as approved, at the versions of the
     * meeting and items it was drafted from, so that saving it claims them (decision 0038).
     *
     * @param day the day whose directory names the people
     */
    public static MeetingMinutes draft(WorkspaceData workspace, long meetingId, LocalDate day) {
        var detail = MeetingDetail.load(workspace, meetingId);
        var people = new People(workspace.leaders().findAllWithRoleOn(day), workspace.organisations().findAll());
        var draft = new MinutesDraft(detail, people);
        var items = detail.items().stream()
                .map(item -> new ItemMinutes(item.id(), draft.discussionFor(item), draft.decisionsFor(item),
                        item.version())).toList();
        return new MeetingMinutes(meetingId, draft.attendance(), draft.declarations(), items,
                detail.minutes().version());
    }
}
