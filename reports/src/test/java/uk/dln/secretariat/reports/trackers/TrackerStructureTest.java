package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.TrackerFixtures;

/** The trackers' structure read back with POI: Tables, formulas and their values, formats, heights, print set-up. */
class TrackerStructureTest {

    static XSSFWorkbook written(PackRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyDataSheetIsOneNamedTableOverItsHeaderAndRowsWithItsOwnFilter() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            Map<String, String> expected = Map.of("Actions", "A1:M5", "Milestones", "A1:I11", "Indicators", "A1:I7",
                    "Risks", "A1:K7");
            var names = new HashSet<String>();
            for (String name : expected.keySet()) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertEquals(1, sheet.getTables().size(), name);
                var table = sheet.getTables().get(0);
                assertEquals(name, table.getName());
                assertEquals(name, table.getDisplayName());
                assertTrue(names.add(table.getName().toLowerCase()), "Table names are unique");
                assertEquals(expected.get(name), table.getCTTable().getRef());
                assertEquals(expected.get(name), table.getCTTable().getAutoFilter().getRef());
                assertFalse(sheet.getCTWorksheet().isSetAutoFilter(), name + " has a sheet filter too");
                var header = sheet.getRow(0);
                assertEquals(header.getLastCellNum(), table.getCTTable().getTableColumns().sizeOfTableColumnArray());
                for (var column : table.getCTTable().getTableColumns().getTableColumnList()) {
                    assertEquals(header.getCell((int) column.getId() - 1).getStringCellValue(), column.getName());
                }
            }
            assertEquals(4, workbook.getTable("Risks").getXSSFSheet().getWorkbook().getNumberOfSheets() - 1);
        }
    }

    @Test
    void aListWithNoRowsIsStillATableWithOneEmptyRow() throws IOException {
        var request = MeetingFixtures.request(0);
        var meeting = request.meeting().orElseThrow();
        var empty = new MeetingPackData(meeting.meeting(), meeting.chair(), meeting.agenda(), meeting.previous(),
                List.of());
        try (var workbook = written(new PackRequest(request.networkName(), request.title(), request.date(),
                request.markings(), request.sections(), Optional.empty(), Optional.of(empty)))) {
            assertEquals("A1:M2", workbook.getTable("Actions").getCTTable().getRef());
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            workbook.getSheet("Summary").forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    assertEquals(0, evaluator.evaluate(cell).getNumberValue(), cell.getAddress().toString());
                }
            }));
        }
    }

    @Test
    void everySheetPrintsOnA4() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            assertEquals(5, workbook.getNumberOfSheets());
            workbook.forEach(sheet -> assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(),
                    sheet.getSheetName()));
        }
    }

    @Test
    void theSummaryCountsAreFormulasOverTheTablesWhoseResultsEqualTheStoredCounts() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            assertTrue(workbook.getForceFormulaRecalculation(), "recalculates on open");
            var summary = workbook.getSheet("Summary");
            var stored = new HashMap<String, Double>();
            summary.forEach(row -> {
                var count = row.getCell(1);
                if (count != null && count.getCellType() == CellType.FORMULA) {
                    stored.put(row.getCell(0).getStringCellValue() + "@" + row.getRowNum(),
                            count.getNumericCellValue());
                }
            });
            assertEquals(19, stored.size(), stored.toString());
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            summary.forEach(row -> {
                var count = row.getCell(1);
                if (count != null && count.getCellType() == CellType.FORMULA) {
                    assertTrue(count.getCellFormula().matches("(COUNTIFS|COUNTA)\\((Actions|Milestones|Indicators"
                            + "|Risks)\\[.*"), count.getCellFormula());
                    assertEquals(count.getNumericCellValue(), evaluator.evaluate(count).getNumberValue(),
                            row.getCell(0).getStringCellValue() + ": " + count.getCellFormula());
                }
            });
            // The stored counts are the model's, worked out in Java.
            var request = TrackerFixtures.everything(ConfidenceScale.THREE_POINT);
            var roadmaps = request.roadmaps().orElseThrow().roadmaps();
            assertEquals(counts(summary, "Open milestones by delivery confidence"), Map.of(
                    "Red", roadmaps.stream().mapToLong(r -> r.countOpen(DeliveryConfidence.RED)).sum(),
                    "Amber/Red", 1L, "Amber", 3L, "Green", 3L));
            assertEquals(Map.of("Low", 0L, "Medium", 3L, "High", 0L, "Very high", 3L),
                    counts(summary, "Open risks by rating"));
            long open = roadmaps.stream().flatMap(r -> r.risks().stream()).filter(r -> r.status() == RiskStatus.OPEN)
                    .count();
            assertEquals(open, counts(summary, "Open risks by rating").values().stream().mapToLong(Long::longValue)
                    .sum());
            assertEquals(Map.of("Live: open, in progress or proposed for closure", 3L, "of which overdue", 2L,
                    "Closed", 1L, "Dropped", 0L, "All actions", 4L), counts(summary, "Actions by status"));
            assertEquals(Map.of("Open", 2L, "In progress", 1L, "Proposed for closure", 0L),
                    counts(summary, "Live actions by status"));
        }
    }

    @Test
    void aRiskScoreIsLikelihoodTimesImpactAsAFormula() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var risks = workbook.getSheet("Risks");
            for (int r = 1; r <= risks.getLastRowNum(); r++) {
                var score = risks.getRow(r).getCell(RoadmapSheets.RISK_SCORE);
                assertEquals("D" + (r + 1) + "*E" + (r + 1), score.getCellFormula());
                double product = risks.getRow(r).getCell(3).getNumericCellValue()
                        * risks.getRow(r).getCell(4).getNumericCellValue();
                assertEquals(product, score.getNumericCellValue());
                assertEquals(product, evaluator.evaluate(score).getNumberValue());
            }
        }
    }

    @Test
    void wholeNumbersShowWithoutATrailingPoint() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            var formatter = new DataFormatter(java.util.Locale.UK);
            var indicators = workbook.getSheet("Indicators");
            assertEquals("Average days to a decision", indicators.getRow(1).getCell(1).getStringCellValue());
            assertEquals("30", formatter.formatCellValue(indicators.getRow(1).getCell(3)));
            assertEquals("10", formatter.formatCellValue(indicators.getRow(1).getCell(4)));
            assertEquals("76", formatter.formatCellValue(workbook.getSheet("Milestones").getRow(1).getCell(6)));
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                String format = cell.getCellStyle().getDataFormatString();
                assertFalse(format.contains(".#") || format.endsWith("."), sheet.getSheetName() + " "
                        + cell.getAddress() + " " + format);
            })));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"40|80|43|0", "12.5|20|13|1", "0.25|0.5|0.30|2", "1.2345|2|1|3", "7.0|8.00|9|0"})
    void anIndicatorShowsAsManyDecimalPlacesAsItsValuesNeed(String baseline, String target, String latest,
                                                           int places) {
        assertEquals(places, RoadmapSheets.places(new BigDecimal(baseline), new BigDecimal(target),
                new BigDecimal(latest)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|#,##0", "1|#,##0.0", "2|#,##0.00"})
    void numberFormatsHaveExactlyTheirPlaces(int places, String format) {
        assertEquals(format, TrackerStyles.numberFormat(places));
    }

    @Test
    void aRowIsTallEnoughForItsWrappedText() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            var milestones = workbook.getSheet("Milestones");
            var row = java.util.stream.StreamSupport.stream(milestones.spliterator(), false)
                    .filter(r -> r.getCell(1).getStringCellValue().equals(TrackerFixtures.LONG_TITLE)).findFirst().orElseThrow();
            // 172 characters in a column 42 wide: three lines as LibreOffice renders it, four estimated.
            assertTrue(row.getHeightInPoints() >= 4 * 15, "row " + row.getRowNum() + " height "
                    + row.getHeightInPoints() + " lines " + RowHeights.lines(TrackerFixtures.LONG_TITLE, 42));
            var shortRow = java.util.stream.StreamSupport.stream(milestones.spliterator(), false)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("Welsh Government")).findFirst()
                    .orElseThrow();
            assertTrue(shortRow.getHeightInPoints() <= 15, "height " + shortRow.getHeightInPoints());
            // "Department for Work and Pensions" fits its column 30 wide on one line.
            assertEquals(15, milestones.getRow(1).getHeightInPoints());
        }
    }

    @ParameterizedTest
    @CsvSource({"'',40,1", "Short,40,1", "'one two three four five six seven eight nine ten',10,5",
        "'line one\nline two',40,2", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,9,4"})
    void wrappedTextIsEstimatedWordByWord(String text, int width, int lines) {
        assertEquals(lines, RowHeights.lines(text, width));
    }

    @Test
    void emptyValuesAreBlankCellsNeverEmptyTextADashOrZero() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            var milestones = workbook.getSheet("Milestones");
            // No milestone has an actual date yet.
            for (int r = 1; r <= milestones.getLastRowNum(); r++) {
                assertEquals(CellType.BLANK, milestones.getRow(r).getCell(5).getCellType());
            }
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue().strip();
                    assertFalse(text.isEmpty() || text.equals("-"), sheet.getSheetName() + " " + cell.getAddress());
                }
            })));
        }
    }

    @Test
    void theConfidenceListOffersTheNetworksScale() throws IOException {
        for (ConfidenceScale scale : ConfidenceScale.values()) {
            try (var workbook = written(TrackerFixtures.everything(scale))) {
                var validation = workbook.getSheet("Milestones").getDataValidations().stream()
                        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                                == RoadmapSheets.MILESTONE_CONFIDENCE).findFirst().orElseThrow();
                var expected = scale == ConfidenceScale.THREE_POINT ? List.of("Red", "Amber", "Green")
                        : List.of("Red", "Amber/Red", "Amber", "Amber/Green", "Green");
                assertEquals(expected, Arrays.asList(validation.getValidationConstraint().getExplicitListValues()));
                var statuses = workbook.getSheet("Milestones").getDataValidations().stream()
                        .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                                == RoadmapSheets.MILESTONE_STATUS).findFirst().orElseThrow();
                assertEquals(Arrays.stream(MilestoneStatus.values()).count(),
                        statuses.getValidationConstraint().getExplicitListValues().length);
            }
        }
    }

    @Test
    void theChartHasANameAndADescriptionWithItsNumbers() throws IOException {
        try (var workbook = written(TrackerFixtures.everything(ConfidenceScale.THREE_POINT))) {
            var frame = workbook.getSheet("Summary").getDrawingPatriarch().getShapes().stream()
                    .filter(org.apache.poi.xssf.usermodel.XSSFGraphicFrame.class::isInstance)
                    .map(org.apache.poi.xssf.usermodel.XSSFGraphicFrame.class::cast).findFirst().orElseThrow();
            var properties = frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
            assertEquals("Chart of open milestones by delivery confidence", properties.getName());
            assertEquals("Bar chart of open milestones by delivery confidence: Red 3, Amber/Red 1, Amber 3, "
                    + "Green 3.", properties.getDescr());
            assertTrue(properties.getId() > 1, "a shape id as Excel numbers them");
        }
    }

    /** The label and stored count of each line of a summary block, by the block's heading. */
    private static Map<String, Long> counts(XSSFSheet summary, String heading) {
        var counts = new HashMap<String, Long>();
        boolean inBlock = false;
        for (int r = 0; r <= summary.getLastRowNum(); r++) {
            var row = summary.getRow(r);
            var first = row == null ? null : row.getCell(0);
            String word = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (inBlock && word.isEmpty()) {
                break;
            }
            if (inBlock) {
                counts.put(word, (long) row.getCell(1).getNumericCellValue());
            }
            inBlock |= word.equals(heading);
        }
        return counts;
    }
}
