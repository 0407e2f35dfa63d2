package uk.dln.secretariat.app.meetings;

import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.app.forms.Columns;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;

/**
 * An agenda item for information that carries the roadmaps' exceptions report as it stands on the meeting's day:
 * red milestones, slippage beyond the network's threshold and risk reviews overdue, one a line in its summary.
 */
final class ExceptionsReportItem {

    private ExceptionsReportItem() {
    }

    static AgendaItem build(Workspace workspace, Meeting meeting, int position) {
        NetworkSettings settings = workspace.settings().load();
        var overview = workspace.roadmaps().periods().findAll().stream()
                .filter(period -> period.contains(meeting.date())).findFirst()
                .map(period -> workspace.roadmaps().overview(period.id())).orElse(List.of());
        var report = ExceptionsReport.compute(meeting.date(), settings.slippageThresholdDays(), overview);
        var cover = new CoverSheet("", "", text(report), Messages.get("meetings.exceptions.recommendation"),
                meeting.marking());
        return new AgendaItem(0, meeting.id(), position, Messages.get("meetings.exceptions.title"),
                ItemPurpose.INFORMATION, null, null, 10, true, cover);
    }

    /** The report as lines, cut short (saying how many more) if it would not fit on the cover sheet. */
    static String text(ExceptionsReport report) {
        var lines = new ArrayList<String>();
        lines.add(Messages.get("meetings.exceptions.intro", report.entries().size(), Columns.format(report.asOf()),
                report.slippageThresholdDays()));
        int length = lines.get(0).length();
        for (int i = 0; i < report.entries().size(); i++) {
            var entry = report.entries().get(i);
            String line = Messages.get("meetings.exceptions.line", entry.organisation(), entry.item(),
                    Messages.get(entry.kind().messageKey(), entry.days()));
            String more = Messages.get("meetings.exceptions.more", report.entries().size() - i);
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
