package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;

class TrackerWorkbookWriterTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    private static List<XSSFSheet> dataSheets() {
        return List.of(workbook.getSheet("Milestones"), workbook.getSheet("Indicators"), workbook.getSheet("Risks"));
    }

    @Test
    void theSummaryComesFirstThenASheetPerTrackedRecord() {
        assertEquals(List.of("Summary", "Milestones", "Indicators", "Risks"),
                java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName)
                        .toList());
    }

    @Test
    void everyDataSheetHasItsHeaderAndFirstColumnFrozenAndPrintsLandscapeToWidthWithTheMarking() {
        for (XSSFSheet sheet : dataSheets()) {
            var pane = sheet.getPaneInformation();
            assertNotNull(pane, sheet.getSheetName());
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(1, pane.getVerticalSplitPosition());
            assertEquals("B2", sheet.getCTWorksheet().getSheetViews().getSheetViewArray(0).getPane().getTopLeftCell());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            assertTrue(sheet.getHeader().getCenter().contains("OFFICIAL-SENSITIVE"));
            assertTrue(sheet.getFooter().getCenter().contains("OFFICIAL-SENSITIVE"));
        }
        assertTrue(workbook.getSheet("Summary").getHeader().getCenter().contains("OFFICIAL-SENSITIVE"));
    }

    @Test
    void datesAndNumbersAreRealValuesNotText() {
        var row = workbook.getSheet("Milestones").getRow(1);
        var baseline = row.getCell(3);
        assertEquals(CellType.NUMERIC, baseline.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(baseline));
        assertEquals(LocalDate.of(2026, 12, 1), baseline.getLocalDateTimeCellValue().toLocalDate());
        assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
        assertEquals(76, row.getCell(6).getNumericCellValue());
    }

    @Test
    void statusColumnsOfferTheirWordsInADropDown() {
        var validations = workbook.getSheet("Milestones").getDataValidations();
        assertEquals(2, validations.size());
        var words = validations.stream().map(v -> Arrays.asList(v.getValidationConstraint().getExplicitListValues()))
                .toList();
        assertTrue(words.contains(List.of("Not started", "In progress", "Complete", "Cancelled")), words.toString());
        // The network's scale, the government's three-point one here.
        assertTrue(words.contains(List.of("Red", "Amber", "Green")), words.toString());
        // The arrow shows only when this (inverted) flag is set.
        assertTrue(validations.stream().allMatch(v -> v.getSuppressDropDownArrow()));
        assertEquals(1, workbook.getSheet("Risks").getDataValidations().size());
    }

    @Test
    void ratingColoursAreConditionalOnTheWordTheCellKeeps() {
        var formatting = workbook.getSheet("Milestones").getSheetConditionalFormatting();
        assertEquals(5, formatting.getNumConditionalFormattings());
        var formulas = java.util.stream.IntStream.range(0, formatting.getNumConditionalFormattings())
                .mapToObj(i -> formatting.getConditionalFormattingAt(i).getRule(0).getFormula1()).toList();
        assertTrue(formulas.contains("\"Red\""), formulas.toString());
        var cell = workbook.getSheet("Milestones").getRow(1).getCell(8);
        assertEquals("Red", cell.getStringCellValue());
        assertEquals(4, workbook.getSheet("Risks").getSheetConditionalFormatting().getNumConditionalFormattings());
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsTextWithTheQuotePrefix() {
        var risks = workbook.getSheet("Risks");
        var row = java.util.stream.StreamSupport.stream(risks.spliterator(), false)
                .filter(r -> r.getCell(1).getStringCellValue().startsWith("=")).findFirst().orElseThrow();
        var injected = row.getCell(1);
        assertEquals(CellType.STRING, injected.getCellType());
        assertEquals(PackFixtures.INJECTED, injected.getStringCellValue());
        assertTrue(injected.getCellStyle().getQuotePrefixed());
        var plus = row.getCell(10);
        assertEquals("+Second supplier framework", plus.getStringCellValue());
        assertTrue(plus.getCellStyle().getQuotePrefixed());
        var ordinary = row.getCell(0);
        assertFalse(ordinary.getCellStyle().getQuotePrefixed());
        // The only formulas are the ones written as such: the summary's counts and the risks' scores.
        workbook.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> {
            boolean count = sheet.getSheetName().equals("Summary") && c.getColumnIndex() == 1;
            boolean score = sheet.getSheetName().equals("Risks") && c.getColumnIndex() == RoadmapSheets.RISK_SCORE;
            assertFalse(c.getCellType() == CellType.FORMULA && !count && !score,
                    sheet.getSheetName() + " " + c.getAddress());
        })));
    }

    @Test
    void theSummaryCountsOpenMilestonesAndChartsThem() {
        var summary = workbook.getSheet("Summary");
        var charts = summary.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertEquals("Red", series.getCategoryData().getPointAt(0));
        assertEquals(3.0, ((Number) series.getValuesData().getPointAt(0)).doubleValue());
    }
}
