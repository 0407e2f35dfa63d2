package uk.dln.secretariat.app.core.minutes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dln.secretariat.app.i18n.MessageTexts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.StandingItem;

/**
 * The skeleton of a meeting's minutes in the civil-service order: Present (with who deputised), In attendance,
 * Secretariat, Apologies, then the declarations of interest of those in the room, and the actions due as matters
 * arising. The secretariat then writes the discussion and decisions under each item.
 */
public final class MinutesDraft {

    /** Minutes are prose: dates in full, "17 September 2026", as the rest of the pack writes them. */
    private static final MessageTexts PROSE = new MessageTexts();

    private final MeetingDetail detail;
    private final People people;
    private final Map<Long, Leader> leaders;

    public MinutesDraft(MeetingDetail detail, People people) {
        this.detail = detail;
        this.people = people;
        this.leaders = people.byId();
    }

    public String attendance() {
        var present = new ArrayList<String>();
        var apologies = new ArrayList<String>();
        var inAttendance = new ArrayList<String>();
        var secretariat = new ArrayList<String>();
        Long chairId = detail.meeting().chairId();
        if (chairId != null && leaders.containsKey(chairId)) {
            present.add(Messages.get("meetings.minutes.chair", leaders.get(chairId).name()));
        }
        for (Attendance line : detail.attendance().lines()) {
            String name = name(line.leaderId());
            switch (line.status()) {
                case PRESENT -> present.add(Messages.get("meetings.minutes.member", name, shortName(line)));
                case DEPUTISED -> {
                    Organisation organisation = organisation(line);
                    Leader absent = organisation == null ? null : people.digitalLeaderOf(organisation);
                    // A seat with no Digital Leader still has a deputy: say whose seat, never "deputising for )".
                    present.add(absent == null
                            ? Messages.get("meetings.minutes.deputisingVacant", name, shortName(line))
                            : Messages.get("meetings.minutes.deputising", name, shortName(line), absent.name()));
                    if (absent != null) {
                        apologies.add(Messages.get("meetings.minutes.deputised", absent.name(), shortName(line),
                                name));
                    }
                }
                case APOLOGIES -> {
                    // A vacant seat has nobody to send apologies: it is not an apology.
                    if (!name.isEmpty()) {
                        apologies.add(Messages.get("meetings.minutes.member", name, shortName(line)));
                    }
                }
                case IN_ATTENDANCE -> inAttendance.add(people.label(leaders.get(line.leaderId())));
                case SECRETARIAT -> secretariat.add(name);
                case NOT_REPRESENTED -> { }
                default -> throw new IllegalStateException("Unknown attendance " + line.status());
            }
        }
        var text = new StringBuilder();
        section(text, "meetings.minutes.present", present);
        section(text, "meetings.minutes.inAttendance", inAttendance);
        section(text, "meetings.minutes.secretariat", secretariat);
        section(text, "meetings.minutes.apologies", apologies);
        return text.toString().strip();
    }

    /** The current declarations of everyone in the room, or a line saying there were none. */
    public String declarations() {
        Set<Long> inTheRoom = new LinkedHashSet<>();
        if (detail.meeting().chairId() != null) {
            inTheRoom.add(detail.meeting().chairId());
        }
        detail.attendance().lines().stream()
                .filter(a -> a.leaderId() != null && a.status() != AttendanceStatus.APOLOGIES)
                .forEach(a -> inTheRoom.add(a.leaderId()));
        var lines = new ArrayList<String>();
        for (Declaration declaration : detail.declarations()) {
            if (inTheRoom.contains(declaration.leaderId())) {
                lines.add(Messages.get("meetings.minutes.declaration", name(declaration.leaderId()),
                        declaration.interest()));
            }
        }
        return lines.isEmpty() ? Messages.get("meetings.minutes.noDeclarations") : String.join("\n", lines);
    }

    /** The live actions due by the meeting, one a line, for the matters-arising item. */
    public String mattersArising() {
        List<ActionSummary> due = detail.mattersArising();
        if (due.isEmpty()) {
            return Messages.get("meetings.minutes.noMattersArising");
        }
        var lines = new ArrayList<String>();
        for (ActionSummary summary : due) {
            lines.add(Messages.get("meetings.minutes.action", summary.action().reference(),
                    summary.action().description(), summary.ownerName(), PROSE.date(summary.action().dueOn()),
                    Messages.get(summary.action().status().messageKey())));
        }
        return String.join("\n", lines);
    }

    /** What the skeleton writes under an item's discussion: the actions due, or where the declarations are. */
    public String discussionFor(AgendaItem item) {
        if (item.standing() == StandingItem.MATTERS_ARISING) {
            return mattersArising();
        }
        // The declarations stand once, under their own heading; the item points there rather than repeat them.
        return item.standing() == StandingItem.DECLARATIONS ? Messages.get("meetings.minutes.declarationsAbove") : "";
    }

    /** What the skeleton writes under an item's decisions: the previous minutes approved; else nothing. */
    public String decisionsFor(AgendaItem item) {
        return item.standing() == StandingItem.PREVIOUS_MINUTES ? Messages.get("meetings.minutes.previousApproved")
                : "";
    }

    private static void section(StringBuilder text, String headingKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(Messages.get(headingKey)).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
    }

    private String name(Long leaderId) {
        return people.name(leaderId);
    }

    private Organisation organisation(Attendance line) {
        return people.organisations().stream().filter(o -> o.id() == line.organisationId()).findFirst()
                .orElse(null);
    }

    private String shortName(Attendance line) {
        Organisation organisation = organisation(line);
        return organisation == null ? "" : organisation.shortName();
    }
}
