package uk.dln.secretariat.app.meetings;

import java.time.LocalTime;
import uk.dln.secretariat.model.meetings.AgendaItem;

/**
 * One line of the agenda as shown: the item with its number, computed times, paper reference (empty for none),
 * presenter's name and how many files it has.
 */
public record AgendaRow(AgendaItem item, int number, LocalTime start, LocalTime end, String reference,
                        String presenter, int files) {
}
