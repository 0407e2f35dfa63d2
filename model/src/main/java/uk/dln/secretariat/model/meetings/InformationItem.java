package uk.dln.secretariat.model.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An agenda item for information that carries a report as it stands on the day it is added (the roadmaps'
 * exceptions, the Digital Leader role check's gaps): one finding a line in its cover sheet's summary, cut short
 * with a line saying how many more there are when the whole report would not fit the cover sheet.
 */
public final class InformationItem {

    private InformationItem() {
    }

    /** The item, placed by the agenda at {@code position}; its cover sheet carries the meeting's marking. */
    public static AgendaItem build(Meeting meeting, int position, String title, String summary,
                                   String recommendation) {
        var cover = new CoverSheet("", "", summary, recommendation, meeting.marking());
        return new AgendaItem(0, meeting.id(), position, title, ItemPurpose.INFORMATION, null, null, 10, true, cover);
    }

    /**
     * The intro, then as many findings as fit, one a line.
     *
     * @param more the line that ends a report cut short, given how many findings it leaves out
     */
    public static String summary(String intro, List<String> findings, IntFunction<String> more) {
        var lines = new ArrayList<String>();
        lines.add(intro);
        int length = intro.length();
        for (int i = 0; i < findings.size(); i++) {
            String line = findings.get(i);
            String last = more.apply(findings.size() - i);
            if (length + line.length() + last.length() + 2 > CoverSheet.TEXT_MAX) {
                lines.add(last);
                break;
            }
            lines.add(line);
            length += line.length() + 1;
        }
        return String.join("\n", lines);
    }
}
