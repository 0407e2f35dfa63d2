package uk.dln.secretariat.app.core.meetings;

import java.util.List;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.InformationItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * An agenda item for information that carries the roadmaps' exceptions report as it stands on the meeting's day:
 * red milestones, slippage beyond the network's threshold and risk reviews overdue, one a line in its summary.
 */
final class ExceptionsReportItem {

    private ExceptionsReportItem() {
    }

    static AgendaItem build(WorkspaceData workspace, Meeting meeting, int position) {
        NetworkSettings settings = workspace.settings().load();
        var overview = workspace.roadmaps().periods().findAll().stream()
                .filter(period -> period.contains(meeting.date())).findFirst()
                .map(period -> workspace.roadmaps().overview(period.id())).orElse(List.of());
        var report = ExceptionsReport.compute(meeting.date(), settings.slippageThresholdDays(), overview);
        return InformationItem.build(meeting, position, Messages.get("meetings.exceptions.title"), text(report),
                Messages.get("meetings.exceptions.recommendation"));
    }

    /** The report as lines, cut short (saying how many more) if it would not fit on the cover sheet. */
    static String text(ExceptionsReport report) {
        var lines = report.entries().stream().map(entry -> Messages.get("meetings.exceptions.line",
                entry.organisation(), entry.item(), Messages.get(entry.kind().messageKey(), entry.days()))).toList();
        return InformationItem.summary(Messages.get("meetings.exceptions.intro", report.entries().size(),
                        Dates.format(report.asOf()), report.slippageThresholdDays()), lines,
                left -> Messages.get("meetings.exceptions.more", left));
    }
}
