package uk.dln.secretariat.app.core.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.core.minutes.MeetingDetail;
import uk.dln.secretariat.app.core.minutes.People;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The network's meetings as the Meetings section keeps them: the list with the people and settings it is shown with,
 * one meeting with everything under it, and a meeting's planning, steps through its cycle and deletion. Every change
 * to a meeting already stored claims the version it was shown at (decision 0038).
 */
@UseCase
public final class MeetingRecords {

    private final WorkspaceData workspace;

    public MeetingRecords(WorkspaceData workspace) {
        this.workspace = workspace;
    }

    /** Everything the section lists: meetings, the people who may chair or attend, and the network's settings. */
    public record Listing(List<Meeting> meetings, People people, NetworkSettings settings) {
    }

    /** A meeting planned from the last one, and how many open actions are due by its day. */
    public record Planned(Meeting meeting, int openActionsDue) {
    }

    public Listing list(LocalDate today) {
        return new Listing(workspace.meetings().findAll(),
                new People(workspace.leaders().findAllWithRoleOn(today), workspace.organisations().findAll()),
                workspace.settings().load());
    }

    /** One meeting with its agenda, attendance, minutes and actions, read together so its tabs agree. */
    public MeetingDetail detail(long meetingId) {
        return MeetingDetail.load(workspace, meetingId);
    }

    /** Stores a meeting's details; a new meeting starts with the standing items in the usual order. */
    public Meeting save(Meeting meeting) {
        Meeting saved = workspace.meetings().save(meeting);
        if (!meeting.isStored()) {
            workspace.agenda().append(saved.id(), standingItems(saved));
        }
        return saved;
    }

    /** Plans the next monthly meeting from the latest one. */
    public Planned planNext() {
        Meeting created = workspace.meetings().createNext();
        return new Planned(created, workspace.actions().openDueBy(created.date()).size());
    }

    /** Moves the meeting as shown to {@code status}; refused when someone else changed it since. */
    public Meeting moveTo(Meeting shown, MeetingStatus status) {
        return workspace.meetings().moveTo(shown.id(), status, shown.version());
    }

    /** Deletes the meeting as shown; refused when someone else changed it since, or when it is past planning. */
    public void delete(Meeting shown) {
        workspace.meetings().delete(shown.id(), shown.version());
    }

    static List<AgendaItem> standingItems(Meeting meeting) {
        return Stream.of(StandingItem.values()).map(standing -> new AgendaItem(0, meeting.id(), 0,
                Messages.get(standing.titleKey()), standing.purpose(), standing, null, standing.minutes(),
                standing.paper(), CoverSheet.blank(meeting.marking()))).toList();
    }
}
