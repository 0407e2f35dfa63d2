package uk.dln.secretariat.reports.trackers;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.ActionLogEntry;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * The first sheet: what the trackers are, as at when, and counts of open milestones by confidence, open risks by
 * rating and indicators by track, with a bar chart of the milestones. Counts are computed here rather than left as
 * formulas, so every reader (and a PDF) sees the same numbers without recalculating.
 */
final class SummarySheet {

    /** A count with the colour its word goes with. */
    private record Line(String word, long count, RagPalette.Swatch swatch) {
    }

    private final XSSFWorkbook workbook;
    private final TrackerStyles styles;
    private final Texts texts;
    private final XSSFSheet sheet;
    private int nextRow;

    SummarySheet(XSSFWorkbook workbook, TrackerStyles styles, Texts texts) {
        this.workbook = workbook;
        this.styles = styles;
        this.texts = texts;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get("trackers.sheet.summary")));
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 12 * 256);
    }

    void write(PackRequest request) {
        cell(nextRow++, 0, texts.get("trackers.summary.title", request.networkName()), styles.title);
        cell(nextRow++, 0, request.title(), styles.bold);
        cell(nextRow, 0, texts.get("trackers.summary.asAt"), styles.text);
        var date = sheet.getRow(nextRow).createCell(1);
        date.setCellValue(request.date());
        date.setCellStyle(styles.date);
        nextRow++;
        cell(nextRow++, 0, texts.get("pack.cover.marking", request.marking().label()), styles.bold);
        nextRow++;
        var data = request.roadmaps();
        if (data.isEmpty()) {
            cell(nextRow, 0, texts.get("pack.roadmaps.none"), styles.text);
        } else {
            int milestonesAt = nextRow;
            List<Line> milestones = milestoneLines(data.get());
            table(texts.get("trackers.summary.milestones"), milestones);
            table(texts.get("trackers.summary.risks"), riskLines(data.get()));
            table(texts.get("trackers.summary.indicators"), indicatorLines(data.get()));
            chart(milestonesAt + 1, milestones);
        }
        request.meeting().ifPresent(meeting -> {
            nextRow++;
            table(texts.get("trackers.summary.actions"), actionLines(meeting.actionLog(), request.date()));
        });
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitHeight((short) 0);
        DataSheet.markPages(sheet, request.marking().label(), texts);
    }

    private List<Line> milestoneLines(RoadmapPackData data) {
        var lines = new ArrayList<Line>();
        for (DeliveryConfidence c : DeliveryConfidence.values()) {
            long count = data.roadmaps().stream().mapToLong(r -> r.countOpen(c)).sum();
            boolean threePoint = c == DeliveryConfidence.RED || c == DeliveryConfidence.AMBER
                    || c == DeliveryConfidence.GREEN;
            if (threePoint || count > 0) {
                lines.add(new Line(texts.get(c.messageKey()), count, RagPalette.of(c)));
            }
        }
        return lines;
    }

    private List<Line> riskLines(RoadmapPackData data) {
        var lines = new ArrayList<Line>();
        for (RiskRating rating : RiskRating.values()) {
            long count = data.roadmaps().stream().map(OrganisationRoadmap::risks).flatMap(List::stream)
                    .filter(r -> r.status() == RiskStatus.OPEN && r.rating() == rating).count();
            lines.add(new Line(texts.get(rating.messageKey()), count, RagPalette.of(rating)));
        }
        return lines;
    }

    private List<Line> indicatorLines(RoadmapPackData data) {
        var lines = new ArrayList<Line>();
        for (IndicatorTrack track : IndicatorTrack.values()) {
            long count = data.indicators().stream().filter(s -> s.track() == track).count();
            lines.add(new Line(texts.get(track.messageKey()), count, RagPalette.of(track)));
        }
        return lines;
    }

    /** Overdue first, then each status; an overdue action counts under both, as the log shows it. */
    private List<Line> actionLines(List<ActionLogEntry> log, java.time.LocalDate asOf) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(texts.get("trackers.action.overdue"), log.stream().filter(e -> e.overdueOn(asOf))
                .count(), RagPalette.of(ActionStatus.OPEN, true)));
        for (ActionStatus status : ActionStatus.values()) {
            lines.add(new Line(texts.get(status.messageKey()), log.stream()
                    .filter(e -> e.action().status() == status).count(), RagPalette.of(status, false)));
        }
        return lines;
    }

    private void table(String heading, List<Line> lines) {
        cell(nextRow, 0, heading, styles.header);
        cell(nextRow, 1, texts.get("trackers.summary.count"), styles.header);
        nextRow++;
        for (Line line : lines) {
            XSSFCell word = cell(nextRow, 0, line.word(), ratingStyle(line.swatch()));
            word.getRow().createCell(1).setCellValue(line.count());
            word.getRow().getCell(1).setCellStyle(styles.integer);
            nextRow++;
        }
        nextRow++;
    }

    private org.apache.poi.xssf.usermodel.XSSFCellStyle ratingStyle(RagPalette.Swatch swatch) {
        var style = workbook.createCellStyle();
        style.setFillForegroundColor(DataSheet.rgb(swatch.fill()));
        style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        var font = workbook.createFont();
        font.setBold(true);
        font.setColor(DataSheet.rgb(swatch.text()));
        style.setFont(font);
        return style;
    }

    /** Open milestones by confidence, each bar in its colour and labelled with its count. */
    private void chart(int firstRow, List<Line> lines) {
        var drawing = sheet.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, 3, 1, 11, 20);
        var chart = drawing.createChart(anchor);
        chart.setTitleText(texts.get("trackers.summary.milestones"));
        chart.setTitleOverlay(false);
        var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var values = chart.createValueAxis(AxisPosition.LEFT);
        values.setMinimum(0);
        int lastRow = firstRow + lines.size() - 1;
        var words = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        var counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1));
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        var series = data.addSeries(words, counts);
        series.setTitle(texts.get("trackers.summary.count"), null);
        // LibreOffice draws a series without an explicit fill as empty bars.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes(RagPalette.BLUE))));
        var ctSeries = ((XDDFBarChartData.Series) series).getCTBarSer();
        for (int i = 0; i < lines.size(); i++) {
            CTDPt point = ctSeries.addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewInvertIfNegative().setVal(false);
            point.addNewBubble3D().setVal(false);
            var fill = point.addNewSpPr().addNewSolidFill().addNewSrgbClr();
            fill.setVal(bytes(lines.get(i).swatch().fill()));
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

    private XSSFCell cell(int row, int column, String text, org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        var r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(XmlText.clean(text));
        cell.setCellStyle(style);
        return cell;
    }
}
