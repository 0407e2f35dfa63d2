package uk.dln.secretariat.model.meetings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting's items in order, with what follows from the order: each item's start and end time from the meeting's
 * start, its paper reference (papers are numbered in agenda order, so the previous minutes are usually 01 and the
 * action log 02), and whether the agenda overruns the meeting's slot.
 */
public record Agenda(Meeting meeting, List<AgendaItem> items) {

    /** One item with its timing and, if it has a paper, its reference. */
    public record Line(AgendaItem item, int number, LocalTime start, LocalTime end, PaperReference reference) {
    }

    public Agenda {
        items = List.copyOf(items);
    }

    public List<Line> lines(String prefix) {
        var lines = new ArrayList<Line>();
        LocalTime start = meeting.startTime();
        int papers = 0;
        int number = 0;
        for (AgendaItem item : items) {
            LocalTime end = start.plusMinutes(item.minutes());
            PaperReference reference = null;
            if (item.paper() && meeting.number() > 0) {
                reference = meeting.paperReference(prefix, ++papers);
            }
            lines.add(new Line(item, ++number, start, end, reference));
            start = end;
        }
        return lines;
    }

    public int totalMinutes() {
        return items.stream().mapToInt(AgendaItem::minutes).sum();
    }

    /** Minutes beyond the meeting's slot; 0 when the agenda fits. */
    public int overrunMinutes() {
        return Math.max(0, totalMinutes() - meeting.slotMinutes());
    }

    public boolean overruns() {
        return overrunMinutes() > 0;
    }

    public LocalTime finishesAt() {
        return meeting.startTime().plusMinutes(totalMinutes());
    }

    /**
     * Where a new substantive item goes in the usual order: after the last substantive item, before any other
     * business and the date of the next meeting. Positions start at 1.
     */
    public int positionForNewItem() {
        for (int i = 0; i < items.size(); i++) {
            StandingItem standing = items.get(i).standing();
            if (standing != null && standing.closesAgenda()) {
                return i + 1;
            }
        }
        return items.size() + 1;
    }
}
