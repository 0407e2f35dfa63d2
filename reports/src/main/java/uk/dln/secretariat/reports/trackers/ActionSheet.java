package uk.dln.secretariat.reports.trackers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.ActionLogEntry;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.trackers.DataSheet.Column;

/**
 * The Actions sheet: the action log in the pack's order (overdue first), with real dates, a drop-down of statuses
 * for a returned tracker, and "Overdue" as a word on red in its own column, so it filters and prints.
 */
final class ActionSheet {

    static final int STATUS_COLUMN = 7;
    static final int OVERDUE_COLUMN = 8;

    private ActionSheet() {
    }

    static void write(XSSFWorkbook workbook, TrackerStyles styles, Texts texts, String marking,
                      List<ActionLogEntry> log, LocalDate asOf) {
        var sheet = new DataSheet(workbook, styles, texts.get("trackers.sheet.actions"), List.of(
                new Column(texts.get("pack.actions.reference"), 11), new Column(texts.get("pack.actions.action"), 38),
                new Column(texts.get("pack.actions.owner"), 20),
                new Column(texts.get("roadmaps.network.organisation"), 12),
                new Column(texts.get("pack.actions.raised"), 18), new Column(texts.get("trackers.action.raisedOn"), 11),
                new Column(texts.get("pack.actions.due"), 11), new Column(texts.get("pack.actions.status"), 16),
                new Column(texts.get("trackers.action.overdue"), 9),
                new Column(texts.get("trackers.action.closedOn"), 11),
                new Column(texts.get("trackers.action.updatedOn"), 11),
                new Column(texts.get("pack.actions.update"), 38)));
        String overdue = texts.get("trackers.action.overdue");
        for (ActionLogEntry entry : ActionLogEntry.inLogOrder(log, asOf)) {
            var action = entry.action();
            sheet.row().text(action.reference()).text(action.description()).text(entry.summary().ownerName())
                    .text(entry.summary().organisationShortName()).text(entry.raisedAt()).date(action.raisedOn())
                    .date(action.dueOn()).text(texts.get(action.status().messageKey()))
                    .text(entry.overdueOn(asOf) ? overdue : "").date(action.closedOn()).date(entry.updatedOn())
                    .text(entry.latestUpdate());
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
    }
}
