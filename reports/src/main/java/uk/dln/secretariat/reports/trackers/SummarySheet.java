package uk.dln.secretariat.reports.trackers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * The first sheet: what the trackers are, as at when, and counts of open milestones by confidence, open risks by
 * rating, indicators by track and actions by status, with a bar chart of the milestones.
 *
 * <p>Each count is a COUNTIFS formula over the Table on its sheet, so it follows a returned tracker's edits, and
 * carries the value worked out here, so a reader that does not recalculate (a preview, a PDF converter) still shows
 * the right number. A count whose sheet is not in the workbook is a plain number. The action counts partition the
 * log: each action is counted once, by its status, and overdue is an "of which" line under the live actions.
 */
final class SummarySheet {

    private static final int WORD_WIDTH = 50;

    /**
     * A count: its word, the style the word goes with, and its formula when its Table is in the workbook.
     *
     * @param fill the colour of a rated word, as hex, or null
     */
    private record Line(String word, long count, Optional<String> formula, XSSFCellStyle wordStyle,
                        XSSFCellStyle countStyle, String fill) {
    }

    private final TrackerWorkbook workbook;
    private final TrackerStyles styles;
    private final Texts texts;
    private final SXSSFSheet sheet;
    private int nextRow;

    /** Creates the sheet first in the workbook; it is filled by {@link #write} once the Tables exist. */
    SummarySheet(TrackerWorkbook workbook, TrackerStyles styles, Texts texts) {
        this.workbook = workbook;
        this.styles = styles;
        this.texts = texts;
        this.sheet = workbook.newSheet(texts.get("trackers.sheet.summary"));
        sheet.setColumnWidth(0, WORD_WIDTH * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    void write(PackRequest request, TrackerTables tables) {
        cell(nextRow++, 0, texts.get("trackers.summary.title", request.networkName()), styles.title);
        cell(nextRow++, 0, request.title(), styles.bold);
        cell(nextRow, 0, texts.get("trackers.summary.asAt"), styles.text);
        var date = sheet.getRow(nextRow).createCell(1);
        date.setCellValue(request.date());
        date.setCellStyle(styles.date);
        nextRow++;
        cell(nextRow++, 0, texts.get("pack.cover.marking", request.marking().label()), styles.bold);
        if (tables.any()) {
            cell(nextRow++, 0, texts.get("trackers.summary.formulas"), styles.text);
        }
        nextRow++;
        var data = request.roadmaps();
        if (data.isEmpty()) {
            cell(nextRow, 0, texts.get("pack.roadmaps.none"), styles.text);
        } else {
            int milestonesAt = nextRow;
            List<Line> milestones = milestoneLines(data.get(), tables.milestones());
            block(texts.get("trackers.summary.milestones"), texts.get("trackers.summary.milestones.count"),
                    milestones);
            block(texts.get("trackers.summary.risks"), texts.get("trackers.summary.risks.count"),
                    riskLines(data.get(), tables.risks()));
            block(texts.get("trackers.summary.indicators"), texts.get("trackers.summary.indicators.count"),
                    indicatorLines(data.get(), tables.indicators()));
            chart(milestonesAt + 1, milestones);
        }
        request.meeting().ifPresent(meeting -> {
            var log = meeting.actionLog();
            String count = texts.get("trackers.summary.actions.count");
            block(texts.get("trackers.summary.actions"), count, actionLines(log, request.date(), tables.actions()));
            block(texts.get("trackers.summary.liveActions"), count, liveActionLines(log, tables.actions()));
        });
        var print = sheet.getPrintSetup();
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        DataSheet.markPages(sheet, request.marking().label(), texts);
    }

    private List<Line> milestoneLines(RoadmapPackData data, Optional<DataSheet> table) {
        var lines = new ArrayList<Line>();
        List<String> open = Arrays.stream(MilestoneStatus.values()).filter(MilestoneStatus::isOpen)
                .map(s -> texts.get(s.messageKey())).toList();
        for (DeliveryConfidence c : DeliveryConfidence.values()) {
            long count = data.roadmaps().stream().mapToLong(r -> r.countOpen(c)).sum();
            // The network's scale, and any other value still held by a milestone assessed before a change of scale.
            if (data.confidenceScale().choices().contains(c) || count > 0) {
                String word = texts.get(c.messageKey());
                lines.add(line(word, count, table.map(t -> new Countifs().add(t, RoadmapSheets.MILESTONE_CONFIDENCE,
                        word, RoadmapSheets.MILESTONE_STATUS, open).formula()), RagPalette.of(c)));
            }
        }
        return lines;
    }

    private List<Line> riskLines(RoadmapPackData data, Optional<DataSheet> table) {
        var lines = new ArrayList<Line>();
        String open = texts.get(RiskStatus.OPEN.messageKey());
        for (RiskRating rating : RiskRating.values()) {
            long count = data.roadmaps().stream().map(OrganisationRoadmap::risks).flatMap(List::stream)
                    .filter(r -> r.status() == RiskStatus.OPEN && r.rating() == rating).count();
            String word = texts.get(rating.messageKey());
            lines.add(line(word, count, table.map(t -> new Countifs().add(t, RoadmapSheets.RISK_RATING, word,
                    RoadmapSheets.RISK_STATUS, List.of(open)).formula()), RagPalette.of(rating)));
        }
        return lines;
    }

    private List<Line> indicatorLines(RoadmapPackData data, Optional<DataSheet> table) {
        var lines = new ArrayList<Line>();
        for (IndicatorTrack track : IndicatorTrack.values()) {
            long count = data.indicators().stream().filter(s -> s.track() == track).count();
            String word = texts.get(track.messageKey());
            lines.add(line(word, count, table.map(t -> new Countifs().add(t, RoadmapSheets.INDICATOR_TRACK, word)
                    .formula()), RagPalette.of(track)));
        }
        return lines;
    }

    /** Live, closed and dropped add up to all actions; overdue is a part of the live ones, never added to them. */
    private List<Line> actionLines(List<ActionLogEntry> log, LocalDate asOf, Optional<DataSheet> table) {
        List<ActionStatus> live = Arrays.stream(ActionStatus.values()).filter(s -> !s.finished()).toList();
        var lines = new ArrayList<Line>();
        lines.add(new Line(texts.get("trackers.summary.actions.live"),
                log.stream().filter(e -> !e.action().status().finished()).count(),
                table.map(t -> live.stream().map(s -> new Countifs().add(t, ActionSheet.STATUS_COLUMN,
                        texts.get(s.messageKey())).formula()).collect(Collectors.joining("+"))), styles.bold,
                styles.integer, null));
        String overdue = texts.get("trackers.action.overdue");
        lines.add(new Line(texts.get("trackers.summary.actions.overdue"), log.stream().filter(e -> e.overdueOn(asOf))
                .count(), table.map(t -> new Countifs().add(t, ActionSheet.OVERDUE_COLUMN, overdue).formula()),
                styles.ofWhich, styles.integer, null));
        for (ActionStatus status : ActionStatus.values()) {
            if (status.finished()) {
                lines.add(statusLine(log, status, table));
            }
        }
        lines.add(new Line(texts.get("trackers.summary.actions.all"), log.size(),
                table.map(t -> "COUNTA(" + t.column(ActionSheet.REFERENCE_COLUMN) + ")"), styles.total,
                styles.totalCount, null));
        return lines;
    }

    private List<Line> liveActionLines(List<ActionLogEntry> log, Optional<DataSheet> table) {
        return Arrays.stream(ActionStatus.values()).filter(s -> !s.finished()).map(s -> statusLine(log, s, table))
                .toList();
    }

    private Line statusLine(List<ActionLogEntry> log, ActionStatus status, Optional<DataSheet> table) {
        String word = texts.get(status.messageKey());
        return line(word, log.stream().filter(e -> e.action().status() == status).count(),
                table.map(t -> new Countifs().add(t, ActionSheet.STATUS_COLUMN, word).formula()),
                RagPalette.of(status, false));
    }

    private Line line(String word, long count, Optional<String> formula, RagPalette.Swatch swatch) {
        return new Line(word, count, formula, rating(swatch), styles.integer, swatch.fill());
    }

    private void block(String heading, String countHeading, List<Line> lines) {
        cell(nextRow, 0, heading, styles.header);
        cell(nextRow, 1, countHeading, styles.header);
        nextRow++;
        for (Line line : lines) {
            Cell word = cell(nextRow, 0, line.word(), line.wordStyle());
            Cell count = word.getRow().createCell(1);
            line.formula().ifPresent(count::setCellFormula);
            // On a formula cell this is the stored result, what a reader that does not recalculate shows.
            count.setCellValue(line.count());
            count.setCellStyle(line.countStyle());
            nextRow++;
        }
        nextRow++;
    }

    private XSSFCellStyle rating(RagPalette.Swatch swatch) {
        var style = workbook.whole().createCellStyle();
        style.setFillForegroundColor(DataSheet.rgb(swatch.fill()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        var font = workbook.whole().createFont();
        font.setBold(true);
        font.setColor(DataSheet.rgb(swatch.text()));
        style.setFont(font);
        return style;
    }

    /** Open milestones by confidence, each bar in its colour and labelled with its count, named and described. */
    private void chart(int firstRow, List<Line> lines) {
        var drawing = workbook.whole(sheet).createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, 3, 1, 11, 20);
        var chart = drawing.createChart(anchor);
        // A name and a description for screen readers and Excel's Selection pane; the title alone says no numbers.
        var frame = chart.getGraphicFrame();
        frame.setName(texts.get("trackers.summary.chart.name"));
        var properties = frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        // POI numbers its first frame 0; Excel numbers shapes from 2 (1 is the drawing itself).
        properties.setId(2);
        properties.setDescr(texts.get(
                "trackers.summary.chart.description", lines.stream().map(l -> texts.get("trackers.summary.chart.bar",
                        l.word(), l.count())).collect(Collectors.joining(", "))));
        chart.setTitleText(texts.get("trackers.summary.milestones"));
        chart.setTitleOverlay(false);
        var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var values = chart.createValueAxis(AxisPosition.LEFT);
        values.setMinimum(0);
        int lastRow = firstRow + lines.size() - 1;
        // The chart refers to the cells, and its cache holds what they hold: the words and the counts already known.
        // A cache read from the cells would evaluate each count's COUNTIFS over the whole milestone Table, which at
        // a decade's scale cost more than writing the rest of the sheet (docs/benchmarks.md).
        var words = XDDFDataSourcesFactory.fromArray(lines.stream().map(l -> XmlText.clean(l.word()))
                .toArray(String[]::new), new CellRangeAddress(firstRow, lastRow, 0, 0)
                .formatAsString(sheet.getSheetName(), true));
        var counts = XDDFDataSourcesFactory.fromArray(lines.stream().map(Line::count).toArray(Long[]::new),
                new CellRangeAddress(firstRow, lastRow, 1, 1).formatAsString(sheet.getSheetName(), true));
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        var series = data.addSeries(words, counts);
        series.setTitle(texts.get("trackers.summary.milestones.count"), null);
        // LibreOffice draws a series without an explicit fill as empty bars.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes(RagPalette.BLUE))));
        var ctSeries = ((XDDFBarChartData.Series) series).getCTBarSer();
        for (int i = 0; i < lines.size(); i++) {
            CTDPt point = ctSeries.addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewInvertIfNegative().setVal(false);
            point.addNewBubble3D().setVal(false);
            var fill = point.addNewSpPr().addNewSolidFill().addNewSrgbClr();
            fill.setVal(bytes(lines.get(i).fill()));
            point.getSpPr().addNewLn().addNewSolidFill().addNewSrgbClr().setVal(bytes(RagPalette.BLACK));
        }
        var labels = ctSeries.addNewDLbls();
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
        chart.plot(data);
    }

    private static byte[] bytes(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private Cell cell(int row, int column, String text, XSSFCellStyle style) {
        var r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(XmlText.clean(text));
        cell.setCellStyle(style);
        if (column == 0 && style.getWrapText()) {
            float points = RowHeights.points(RowHeights.lines(text, WORD_WIDTH));
            if (points > r.getHeightInPoints()) {
                r.setHeightInPoints(points);
            }
        }
        return cell;
    }
}
