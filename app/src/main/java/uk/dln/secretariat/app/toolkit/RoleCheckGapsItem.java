package uk.dln.secretariat.app.toolkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.RoleCheck;

/**
 * An agenda item for information that carries the Digital Leader role check's gaps as they stand on the day it is
 * added, one organisation a line in its summary: the same shape as the roadmaps' exceptions report.
 */
final class RoleCheckGapsItem {

    private RoleCheckGapsItem() {
    }

    /** @param checks the member organisations' role checks; those without gaps are left out */
    static AgendaItem build(Meeting meeting, int position, List<RoleCheck> checks, LocalDate asOf) {
        var cover = new CoverSheet("", "", text(checks, asOf), Messages.get("toolkit.agenda.recommendation"),
                meeting.marking());
        return new AgendaItem(0, meeting.id(), position, Messages.get("toolkit.agenda.title"),
                ItemPurpose.INFORMATION, null, null, 10, true, cover);
    }

    /** The gaps as lines, cut short (saying how many more) if they would not fit on the cover sheet. */
    static String text(List<RoleCheck> checks, LocalDate asOf) {
        var withGaps = checks.stream().filter(c -> !c.gaps().isEmpty()).toList();
        var lines = new ArrayList<String>();
        lines.add(Messages.get("toolkit.agenda.intro", withGaps.size(), Dates.format(asOf)));
        int length = lines.get(0).length();
        for (int i = 0; i < withGaps.size(); i++) {
            var check = withGaps.get(i);
            String line = Messages.get("toolkit.role.gapLine", check.organisation().shortName(),
                    String.join("; ", check.gaps().stream().map(g -> Messages.get(g.messageKey())).toList()));
            String more = Messages.get("toolkit.agenda.more", withGaps.size() - i);
            if (length + line.length() + more.length() + 2 > CoverSheet.TEXT_MAX) {
                lines.add(more);
                break;
            }
            lines.add(line);
            length += line.length() + 1;
        }
        return String.join("\n", lines);
    }
}
