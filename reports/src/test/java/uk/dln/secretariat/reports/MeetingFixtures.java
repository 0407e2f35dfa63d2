package uk.dln.secretariat.reports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingKind;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.StandingItem;

/**
 * A meeting on 26 November 2026 with standing items and two papers (one OFFICIAL-SENSITIVE), the draft minutes of
 * the October meeting, and an action log with overdue, live and closed actions, one of them formula-like text.
 */
public final class MeetingFixtures {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    public static final LocalDate PREVIOUS = LocalDate.of(2026, 10, 22);
    public static final String INJECTED = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    private static final ProtectiveMarking SENSITIVE = ProtectiveMarking.parse("OFFICIAL-SENSITIVE");

    private MeetingFixtures() {
    }

    public static Meeting meeting(long id, int number, LocalDate date, MeetingStatus status) {
        return new Meeting(id, number, date, LocalTime.of(10, 0), 120, "10 Whitehall", "", 1L, MeetingKind.MONTHLY,
                status, ProtectiveMarking.OFFICIAL);
    }

    public static List<AgendaEntry> agenda(Meeting meeting) {
        var items = new ArrayList<AgendaItem>();
        long id = meeting.id() * 100;
        for (StandingItem standing : List.of(StandingItem.WELCOME, StandingItem.PREVIOUS_MINUTES,
                StandingItem.MATTERS_ARISING)) {
            items.add(new AgendaItem(++id, meeting.id(), items.size() + 1, standing.name(), standing.purpose(),
                    standing, null, standing.minutes(), standing.paper(), CoverSheet.blank(meeting.marking())));
        }
        items.add(new AgendaItem(++id, meeting.id(), items.size() + 1, "Cloud hosting", ItemPurpose.DECISION, null,
                2L, 20, true, new CoverSheet("Ann Author", "Sam Sponsor", "Eleven services run on old platforms.",
                        "The network is asked to agree a migration timetable.", SENSITIVE)));
        items.add(new AgendaItem(++id, meeting.id(), items.size() + 1, "Digital skills", ItemPurpose.NOTING, null,
                null, 15, true, CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
        var entries = new ArrayList<AgendaEntry>();
        for (Agenda.Line line : new Agenda(meeting, items).lines("DLN")) {
            boolean cloud = line.item().title().equals("Cloud hosting");
            entries.add(new AgendaEntry(line, cloud ? "Pat Presenter (HMRC)" : "",
                    cloud ? List.of("plan.pdf", "costs.xlsx") : List.of()));
        }
        return entries;
    }

    public static MeetingMinutesRecord previousMinutes() {
        Meeting previous = meeting(10, 10, PREVIOUS, MeetingStatus.HELD);
        List<AgendaEntry> agenda = agenda(previous);
        long cloudId = agenda.get(3).line().item().id();
        var minutes = new MeetingMinutes(previous.id(), "Present\nChris Chair (Chair)\nAda Lovelace, HMRC\n\n"
                + "Apologies\nBob Absent, DWP", "None declared.",
                List.of(new MeetingMinutes.ItemMinutes(cloudId, "Members discussed the timetable.",
                        "The network agreed the timetable.")));
        return new MeetingMinutesRecord(previous, "Chris Chair", agenda, minutes,
                Map.of(cloudId, List.of(summary(action(1, "A26/10/01", "Share the plan", ActionStatus.OPEN,
                        DATE.plusDays(7))))));
    }

    /** @param extra how many more live actions to add, for long-table tests */
    public static List<ActionLogEntry> actionLog(int extra) {
        var log = new ArrayList<ActionLogEntry>(List.of(
                entry(action(1, "A26/10/01", "Share the plan", ActionStatus.OPEN, DATE.plusDays(7)), ""),
                entry(action(2, "A26/09/01", INJECTED, ActionStatus.IN_PROGRESS, DATE.minusDays(20)), "-Started"),
                entry(new Action(3, "A26/08/01", "Nominate a lead", 1, 1, 8, null, PREVIOUS.minusMonths(2),
                        PREVIOUS.minusDays(5), ActionStatus.CLOSED, PREVIOUS.plusDays(3)), "Done"),
                entry(action(4, "A26/07/01", "Circulate the template", ActionStatus.OPEN, DATE.minusDays(40)), "")));
        for (int i = 0; i < extra; i++) {
            log.add(entry(action(100 + i, "A26/10/" + (10 + i), "Extra action " + i, ActionStatus.OPEN,
                    DATE.plusDays(i % 30 + 1)), ""));
        }
        return log;
    }

    /** An action its owner says is done, past its due date, waiting for the meeting to close it. */
    public static ActionLogEntry proposedForClosure() {
        return entry(action(5, "A26/06/01", "Review the risks", ActionStatus.PROPOSED_FOR_CLOSURE,
                LocalDate.of(2026, 11, 2)), "Done; proposed for closure.");
    }

    public static MeetingPackData data(int extraActions) {
        Meeting meeting = meeting(11, 11, DATE, MeetingStatus.PAPERS_ISSUED);
        return new MeetingPackData(meeting, "Chris Chair (GDS)", agenda(meeting), Optional.of(previousMinutes()),
                actionLog(extraActions));
    }

    public static PackRequest request(int extraActions) {
        return new PackRequest("Digital Leaders Network", "Meeting 11, 26 November 2026", DATE,
                List.of(ProtectiveMarking.OFFICIAL), EnumSet.of(PackSection.AGENDA, PackSection.MINUTES,
                PackSection.ACTIONS, PackSection.PAPERS), Optional.empty(), Optional.of(data(extraActions)));
    }

    private static Action action(long id, String reference, String description, ActionStatus status,
                                 LocalDate due) {
        return new Action(id, reference, description, 1, 1, 10, null, PREVIOUS, due.isBefore(PREVIOUS) ? PREVIOUS
                : due, status, null);
    }

    private static ActionSummary summary(Action action) {
        return new ActionSummary(action, "Ada Lovelace", "HMRC");
    }

    private static ActionLogEntry entry(Action action, String update) {
        return new ActionLogEntry(action, "Ada Lovelace", "", "HMRC", 10, PREVIOUS, 4, "Cloud hosting",
                update.isEmpty() ? null : new ActionUpdate(1, action.id(), PREVIOUS.plusDays(10), 1, update), null);
    }
}
