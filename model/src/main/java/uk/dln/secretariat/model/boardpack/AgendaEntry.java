package uk.dln.secretariat.model.boardpack;

import java.util.List;
import uk.dln.secretariat.model.meetings.Agenda;

/**
 * One agenda item as documents print it: its line (number, times, paper reference), who presents it and the names
 * of the files attached to it, which a cover sheet lists as annexes.
 *
 * @param presenter the presenter's name, or empty when not yet known
 */
public record AgendaEntry(Agenda.Line line, String presenter, List<String> annexes) {

    public AgendaEntry {
        presenter = presenter == null ? "" : presenter.strip();
        annexes = List.copyOf(annexes);
    }

    /** Whether the item goes out with a paper, and so has a reference and a cover sheet. */
    public boolean hasPaper() {
        return line.reference() != null;
    }
}
