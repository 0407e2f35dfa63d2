package uk.dln.secretariat.reports.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.TrackerFixtures;
import uk.dln.secretariat.reports.accessibility.WorkbookRules.Finding;
import uk.dln.secretariat.reports.accessibility.WorkbookRules.Rule;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/**
 * Excel's accessibility rules over the trackers the app writes, read back from the written file, and each rule caught
 * on a deliberately bad workbook that differs from a good one by that one fault.
 */
class WorkbookRulesTest {

    @Test
    void theTrackersWithEveryTableAndTheChartBreakNoRule() throws IOException {
        assertEquals(List.of(), WorkbookRules.check(new ByteArrayInputStream(
                trackers(TrackerFixtures.everything(ConfidenceScale.THREE_POINT)))));
    }

    @Test
    void theTrackersOfAMeetingWithNoRoadmapsBreakNoRule() throws IOException {
        assertEquals(List.of(), WorkbookRules.check(new ByteArrayInputStream(trackers(MeetingFixtures.request(10)))));
    }

    @Test
    void aGoodWorkbookBreaksNoRule() throws IOException {
        assertEquals(List.of(), check(workbook -> {
        }));
    }

    @Test
    void aSheetLeftWithTheNameExcelGaveItIsCaught() throws IOException {
        assertEquals(List.of(new Finding(Rule.SHEET_NAME_NOT_MEANINGFUL, "Sheet2")),
                check(workbook -> workbook.createSheet("Sheet2")));
    }

    @Test
    void aGridOfDataOutsideATableIsCaught() throws IOException {
        assertEquals(List.of(new Finding(Rule.DATA_NOT_IN_A_TABLE, "Risks!row 6")), check(workbook -> {
            var row = workbook.getSheet("Risks").createRow(5);
            row.createCell(0).setCellValue("Another");
            row.createCell(1).setCellValue("row below");
            row.createCell(2).setCellValue(3);
        }));
    }

    @Test
    void aTableWithoutAHeaderRowIsCaught() throws IOException {
        assertEquals(List.of(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, "Risks: table Risks")),
                check(workbook -> workbook.getSheet("Risks").getTables().get(0).getCTTable().setHeaderRowCount(0)));
    }

    @Test
    void aTableWithABlankColumnTitleIsCaught() throws IOException {
        assertEquals(List.of(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, "Risks: table Risks")),
                check(workbook -> workbook.getSheet("Risks").getRow(0).getCell(1).setBlank()));
    }

    @Test
    void aChartWithoutAlternativeTextIsCaught() throws IOException {
        List<Finding> findings = check(workbook -> chart(workbook.getSheet("Risks"), ""));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Rule.CHART_WITHOUT_ALT_TEXT, findings.get(0).rule());
    }

    @Test
    void mergedCellsInATableAreCaught() throws IOException {
        assertEquals(List.of(new Finding(Rule.MERGED_DATA_CELLS, "Risks!A2:B2")),
                check(workbook -> workbook.getSheet("Risks").addMergedRegion(CellRangeAddress.valueOf("A2:B2"))));
    }

    /** Writes a good workbook (a named sheet holding a Table and a described chart), spoils it, and checks it. */
    private static List<Finding> check(Consumer<XSSFWorkbook> spoil) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            XSSFSheet risks = workbook.createSheet("Risks");
            String[][] cells = {{"Risk", "Owner", "Score"}, {"Supplier fails", "Ann", "12"}, {"Data loss", "Bo", "9"}};
            for (int r = 0; r < cells.length; r++) {
                var row = risks.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            var table = risks.createTable(new AreaReference(new CellReference(0, 0), new CellReference(2, 2),
                    workbook.getSpreadsheetVersion()));
            table.setName("Risks");
            table.setDisplayName("Risks");
            chart(risks, "Bar chart of risk scores: Supplier fails 12, Data loss 9.");
            spoil.accept(workbook);
            workbook.write(out);
        }
        return WorkbookRules.check(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void chart(XSSFSheet sheet, String description) {
        var drawing = sheet.createDrawingPatriarch();
        var chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 0 + drawing.getShapes().size() * 10,
                10, 8 + drawing.getShapes().size() * 10));
        var bar = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(
                org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM), chart.createValueAxis(
                org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT));
        bar.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"a", "b"}),
                XDDFDataSourcesFactory.fromArray(new Integer[] {12, 9}));
        chart.plot(bar);
        var frame = chart.getGraphicFrame();
        frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().setDescr(description);
    }

    private static byte[] trackers(uk.dln.secretariat.model.boardpack.PackRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        return out.toByteArray();
    }
}
