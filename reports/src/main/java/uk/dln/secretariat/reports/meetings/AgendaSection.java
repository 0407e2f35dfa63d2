package uk.dln.secretariat.reports.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/** The agenda: when and where, then the items with their times, purposes, presenters and paper references. */
public final class AgendaSection {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaSection() {
    }

    public static void write(WordDocument document, Meeting meeting, String chair, List<AgendaEntry> agenda) {
        Texts texts = document.texts();
        document.heading(1, texts.get("pack.section.agenda"));
        MeetingLines.details(document, meeting, chair);
        var table = new WordTable(document, List.of(new Column(texts.get("pack.agenda.number"), 15),
                new Column(texts.get("pack.agenda.time"), 24), new Column(texts.get("pack.agenda.item"), 47),
                new Column(texts.get("pack.agenda.purpose"), 27), new Column(texts.get("pack.agenda.presenter"), 30),
                new Column(texts.get("pack.agenda.paper"), 27)));
        for (AgendaEntry entry : agenda) {
            Agenda.Line line = entry.line();
            table.row(Cell.of(String.valueOf(line.number())),
                    Cell.of(texts.get("pack.agenda.times", TIME.format(line.start()), TIME.format(line.end()))),
                    Cell.bold(line.item().title()), Cell.of(texts.get(line.item().purpose().messageKey())),
                    Cell.of(entry.presenter()), Cell.of(line.reference() == null ? "" : line.reference().toString()));
        }
        // Members read the agenda: how long the room is booked beyond the last item is the secretariat's business.
        table.write();
    }
}
