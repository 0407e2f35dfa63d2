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
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;

class ActionSheetTest {

    private static XSSFWorkbook workbook;
    private static XSSFSheet actions;

    @BeforeAll
    static void write() throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(MeetingFixtures.request(0), out, ExportSteps.NONE);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        actions = workbook.getSheet("Actions");
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void theActionsSheetFollowsTheSummaryWithOverdueActionsFirst() {
        assertEquals("Actions", workbook.getSheetName(1));
        assertEquals(List.of("A26/07/01", "A26/09/01", "A26/10/01", "A26/08/01"), List.of(1, 2, 3, 4).stream()
                .map(r -> actions.getRow(r).getCell(0).getStringCellValue()).toList());
        assertEquals("Overdue", actions.getRow(1).getCell(ActionSheet.OVERDUE_COLUMN).getStringCellValue());
        long days = java.time.temporal.ChronoUnit.DAYS.between(actions.getRow(1).getCell(6)
                .getLocalDateTimeCellValue().toLocalDate(), MeetingFixtures.request(0).date());
        assertEquals(days, actions.getRow(1).getCell(ActionSheet.DAYS_OVERDUE_COLUMN).getNumericCellValue());
        assertEquals(CellType.BLANK, actions.getRow(3).getCell(ActionSheet.OVERDUE_COLUMN).getCellType());
        assertEquals(CellType.BLANK, actions.getRow(3).getCell(ActionSheet.DAYS_OVERDUE_COLUMN).getCellType());
    }

    @Test
    void columnTitlesSayWhatTheColumnsHold() {
        var titles = new java.util.ArrayList<String>();
        actions.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
        assertEquals(List.of("Reference", "Action", "Owner", "Organisation", "Raised at", "Raised on", "Due date",
                "Status", "Overdue", "Days overdue", "Closed on", "Latest update on", "Latest update"), titles);
    }

    @Test
    void missingValuesAreBlankCellsNotEmptyText() {
        // A26/10/01 has no update and is neither closed nor overdue.
        var row = actions.getRow(3);
        assertEquals("A26/10/01", row.getCell(0).getStringCellValue());
        for (int column : new int[] {ActionSheet.OVERDUE_COLUMN, ActionSheet.DAYS_OVERDUE_COLUMN, 10, 11, 12}) {
            assertEquals(CellType.BLANK, row.getCell(column).getCellType(), "column " + column);
        }
    }

    @Test
    void datesAreRealDates() {
        var due = actions.getRow(1).getCell(6);
        assertEquals(CellType.NUMERIC, due.getCellType());
        assertEquals(MeetingFixtures.PREVIOUS, due.getLocalDateTimeCellValue().toLocalDate());
        assertEquals(LocalDate.of(2026, 10, 25), actions.getRow(4).getCell(10).getLocalDateTimeCellValue()
                .toLocalDate());
    }

    @Test
    void theHeaderAndReferencesAreFrozenAndTheTableFiltersAndPrintsWithTheMarking() {
        var pane = actions.getPaneInformation();
        assertNotNull(pane);
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(1, pane.getVerticalSplitPosition());
        var table = actions.getTables().get(0);
        assertEquals("Actions", table.getName());
        assertEquals("A1:M5", table.getCTTable().getRef());
        assertEquals("A1:M5", table.getCTTable().getAutoFilter().getRef());
        assertFalse(actions.getCTWorksheet().isSetAutoFilter(), "a sheet filter over a Table makes Excel repair");
        assertTrue(actions.getPrintSetup().getLandscape());
        assertEquals("1:1", actions.getRepeatingRows().formatAsString().replace("$", ""));
        assertEquals("&BOFFICIAL-SENSITIVE", actions.getHeader().getCenter());
    }

    @Test
    void theStatusColumnOffersTheStatusesAsADropDown() {
        var validation = actions.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == ActionSheet.STATUS_COLUMN)
                .findFirst().orElseThrow();
        assertEquals(DataValidationConstraint.ValidationType.LIST, validation.getValidationConstraint()
                .getValidationType());
        assertEquals(List.of("Open", "In progress", "Proposed for closure", "Closed", "Dropped"),
                Arrays.asList(validation.getValidationConstraint().getExplicitListValues()));
    }

    @Test
    void overdueAndStatusesAreColouredByTheirWords() {
        var formatting = actions.getSheetConditionalFormatting();
        boolean overdueColoured = false;
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            var format = formatting.getConditionalFormattingAt(i);
            if (format.getFormattingRanges()[0].getFirstColumn() == ActionSheet.OVERDUE_COLUMN) {
                overdueColoured = format.getRule(0).getFormula1().equals("\"Overdue\"");
            }
        }
        assertTrue(overdueColoured);
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() {
        var injected = actions.getRow(2).getCell(1);
        assertEquals(CellType.STRING, injected.getCellType());
        assertEquals(MeetingFixtures.INJECTED, injected.getStringCellValue());
        assertTrue(injected.getCellStyle().getQuotePrefixed());
        var update = actions.getRow(2).getCell(12);
        assertEquals("-Started", update.getStringCellValue());
        assertTrue(update.getCellStyle().getQuotePrefixed());
    }

    @Test
    void theSummaryCountsOverdueActionsAsPartOfTheLiveOnes() {
        var summary = workbook.getSheet("Summary");
        boolean found = false;
        for (var row : summary) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("Actions by status")) {
                var live = summary.getRow(row.getRowNum() + 1);
                assertEquals("Live: open, in progress or proposed for closure", live.getCell(0).getStringCellValue());
                assertEquals(3, (int) live.getCell(1).getNumericCellValue());
                var overdue = summary.getRow(row.getRowNum() + 2);
                assertEquals("of which overdue", overdue.getCell(0).getStringCellValue());
                assertEquals(2, (int) overdue.getCell(1).getNumericCellValue());
                assertEquals("COUNTIFS(Actions[Overdue],\"Overdue\")", overdue.getCell(1).getCellFormula());
                found = true;
            }
        }
        assertTrue(found);
    }
}
