package uk.dln.secretariat.app.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dln.secretariat.app.core.minutes.MinutesDrafts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Reads what a meeting's documents print from the workspace: the agenda with presenters and annexes, the minutes,
 * and the action log, so the writers never touch the database.
 */
public final class MeetingGatherer {

    private final WorkspaceData workspace;
    private final String prefix;
    private final Map<Long, Leader> leaders;
    private final Map<LocalDate, Map<Long, String>> rolesByDay = new HashMap<>();

    public MeetingGatherer(WorkspaceData workspace) {
        this.workspace = workspace;
        this.prefix = workspace.settings().load().paperReferencePrefix();
        this.leaders = workspace.leaders().findAll().stream()
                .collect(Collectors.toMap(Leader::id, Function.identity()));
    }

    /** Everything the pack prints about the meeting; {@code asOf} decides which actions are overdue. */
    public MeetingPackData pack(Meeting meeting, LocalDate asOf) {
        Optional<Meeting> previous = previous(meeting);
        LocalDate finishedSince = previous.map(Meeting::date).orElse(asOf.minusMonths(1));
        return new MeetingPackData(meeting, name(meeting.chairId(), meeting.date()), agenda(meeting),
                previous.map(this::minutes), log(finishedSince));
    }

    /** The meeting held most recently before this one. */
    public Optional<Meeting> previous(Meeting meeting) {
        return workspace.meetings().findAll().stream().filter(m -> m.date().isBefore(meeting.date()))
                .max(Comparator.comparing(Meeting::date));
    }

    public List<AgendaEntry> agenda(Meeting meeting) {
        List<AgendaItem> items = workspace.agenda().items(meeting.id());
        Map<Long, List<PaperFile>> files = workspace.papers().forMeeting(meeting.id());
        var entries = new ArrayList<AgendaEntry>();
        for (Agenda.Line line : new Agenda(meeting, items).lines(prefix)) {
            List<String> annexes = files.getOrDefault(line.item().id(), List.of()).stream()
                    .map(PaperFile::fileName).toList();
            entries.add(new AgendaEntry(line, name(line.item().presenterId(), meeting.date()), annexes));
        }
        return entries;
    }

    /**
     * The meeting's minutes with the actions raised at each item. Minutes not yet drafted take their attendance
     * and declarations from the attendance record, as the minutes page would draft them.
     */
    public MeetingMinutesRecord minutes(Meeting meeting) {
        MeetingMinutes minutes = workspace.meetings().minutes(meeting.id());
        if (minutes.attendance().isEmpty() && meeting.status().compareTo(MeetingStatus.HELD) >= 0) {
            MeetingMinutes drafted = MinutesDrafts.draft(workspace, meeting.id(), meeting.date());
            minutes = new MeetingMinutes(minutes.meetingId(), drafted.attendance(),
                    minutes.declarations().isEmpty() ? drafted.declarations() : minutes.declarations(),
                    minutes.items());
        }
        Map<Long, List<ActionSummary>> byItem = workspace.actions().forMeeting(meeting.id()).stream()
                .filter(a -> a.action().agendaItemId() != null)
                .collect(Collectors.groupingBy(a -> a.action().agendaItemId()));
        return new MeetingMinutesRecord(meeting, name(meeting.chairId(), meeting.date()), agenda(meeting), minutes,
                byItem, next(meeting).map(Meeting::date), workspace.meetings().minutesApprovedOn(meeting.id()));
    }

    /** The meeting planned next after this one, for the "Date of next meeting" item. */
    public Optional<Meeting> next(Meeting meeting) {
        return workspace.meetings().findAll().stream().filter(m -> m.date().isAfter(meeting.date()))
                .min(Comparator.comparing(Meeting::date));
    }

    /** Live actions and those finished since the day, each with where it was raised and its latest update. */
    public List<ActionLogEntry> log(LocalDate finishedSince) {
        return workspace.actions().log(finishedSince);
    }

    /** "Name (ORG)" for people with an organisation on the day, else the name; empty for nobody. */
    private String name(Long leaderId, LocalDate day) {
        Leader leader = leaderId == null ? null : leaders.get(leaderId);
        if (leader == null) {
            return "";
        }
        String organisation = roles(day).get(leader.id());
        return organisation == null ? leader.name()
                : Messages.get("meetings.person.label", leader.name(), organisation);
    }

    private Map<Long, String> roles(LocalDate day) {
        return rolesByDay.computeIfAbsent(day, d -> {
            var organisations = new HashMap<Long, String>();
            for (CurrentRole role : workspace.leaders().findAllWithRoleOn(d)) {
                if (role.organisationShortName() != null) {
                    organisations.putIfAbsent(role.leader().id(), role.organisationShortName());
                }
            }
            return organisations;
        });
    }
}
