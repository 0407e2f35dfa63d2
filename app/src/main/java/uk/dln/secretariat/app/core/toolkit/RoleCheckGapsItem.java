package uk.dln.secretariat.app.core.toolkit;

import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.InformationItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.RoleCheck;

/**
 * An agenda item for information that carries the Digital Leader role check's gaps as they stand on the day it is
 * added, one organisation a line in its summary: the same shape as the roadmaps' exceptions report.
 */
public final class RoleCheckGapsItem {

    private RoleCheckGapsItem() {
    }

    /** @param checks the member organisations' role checks; those without gaps are left out */
    public static AgendaItem build(Meeting meeting, int position, List<RoleCheck> checks, LocalDate asOf) {
        return InformationItem.build(meeting, position, Messages.get("toolkit.agenda.title"), text(checks, asOf),
                Messages.get("toolkit.agenda.recommendation"));
    }

    /** The gaps as lines, cut short (saying how many more) if they would not fit on the cover sheet. */
    static String text(List<RoleCheck> checks, LocalDate asOf) {
        var withGaps = checks.stream().filter(c -> !c.gaps().isEmpty()).toList();
        var lines = withGaps.stream().map(check -> Messages.get("toolkit.role.gapLine",
                check.organisation().shortName(),
                String.join("; ", check.gaps().stream().map(g -> Messages.get(g.messageKey())).toList()))).toList();
        return InformationItem.summary(Messages.get("toolkit.agenda.intro", withGaps.size(), Dates.format(asOf)),
                lines, left -> Messages.get("toolkit.agenda.more", left));
    }
}
