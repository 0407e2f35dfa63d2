package uk.dln.secretariat.reports.trackers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.trackers.DataSheet.Column;

/**
 * The Actions sheet: the action log in the pack's order (overdue first), with real dates, a drop-down of statuses
 * for a returned tracker, and "Overdue" as a word on red in its own column, so it filters and prints, with the days
 * overdue beside it.
 */
final class ActionSheet {

    static final String TABLE = "Actions";
    static final int REFERENCE_COLUMN = 0;
    static final int STATUS_COLUMN = 7;
    static final int OVERDUE_COLUMN = 8;
    static final int DAYS_OVERDUE_COLUMN = 9;

    private ActionSheet() {
    }

    static DataSheet write(TrackerWorkbook workbook, TrackerStyles styles, Texts texts, String marking,
                           List<ActionLogEntry> log, LocalDate asOf) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.actions"), TABLE, List.of(
                new Column(texts.get("trackers.action.reference"), 11),
                new Column(texts.get("trackers.action.description"), 38),
                new Column(texts.get("trackers.owner"), 20), new Column(texts.get("trackers.organisation"), 14),
                new Column(texts.get("pack.actions.raised"), 18),
                new Column(texts.get("trackers.action.raisedOn"), 12),
                new Column(texts.get("trackers.action.dueOn"), 12), new Column(texts.get("trackers.status"), 16),
                new Column(texts.get("trackers.action.overdue"), 10),
                new Column(texts.get("trackers.action.daysOverdue"), 9),
                new Column(texts.get("trackers.action.closedOn"), 12),
                new Column(texts.get("trackers.action.updatedOn"), 12),
                new Column(texts.get("trackers.action.update"), 38)));
        String overdue = texts.get("trackers.action.overdue");
        for (ActionLogEntry entry : ActionLogEntry.inLogOrder(log, asOf)) {
            var action = entry.action();
            boolean late = entry.overdueOn(asOf);
            sheet.row().text(action.reference()).text(action.description()).text(entry.ownerName())
                    .text(entry.organisationShortName()).text(texts.raisedAt(entry)).date(action.raisedOn())
                    .date(action.dueOn()).text(texts.get(action.status().messageKey()))
                    .text(late ? overdue : null)
                    .integer(late ? Long.valueOf(ChronoUnit.DAYS.between(action.dueOn(), asOf)) : null)
                    .date(action.closedOn()).date(entry.updatedOn()).text(entry.latestUpdateText());
        }
        sheet.listValidation(STATUS_COLUMN, Arrays.stream(ActionStatus.values())
                .map(s -> texts.get(s.messageKey())).toList());
        var statusColours = new LinkedHashMap<String, RagPalette.Swatch>();
        for (ActionStatus status : ActionStatus.values()) {
            statusColours.put(texts.get(status.messageKey()), RagPalette.of(status, false));
        }
        sheet.ratingColours(STATUS_COLUMN, statusColours);
        var overdueColours = new LinkedHashMap<String, RagPalette.Swatch>();
        overdueColours.put(overdue, RagPalette.of(ActionStatus.OPEN, true));
        sheet.ratingColours(OVERDUE_COLUMN, overdueColours);
        sheet.finish(marking, texts);
        return sheet;
    }
}
