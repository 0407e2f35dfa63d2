package uk.dln.secretariat.reports.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.reports.BundleTexts;

class ReturnWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void aReturnReadsBackAsTheRecordsItWasWrittenFrom() throws Exception {
        Path file = folder.resolve("r.xlsx");
        var written = ReturnSamples.dwp();
        new ReturnWorkbookWriter(new BundleTexts()).write(written, file);
        var reading = new ReturnWorkbookReader().read(file);
        assertFalse(reading.isRefused(), reading.problems().toString());
        assertEquals(written.actions(), reading.content().actions());
        assertEquals(written.milestones(), reading.content().milestones());
        assertEquals(written.indicators(), reading.content().indicators());
        assertEquals(written.risks(), reading.content().risks(), "the empty rows for new risks read as nothing");
        assertEquals(written.header().returnId(), reading.content().header().returnId());
    }

    @Test
    void idsAndVersionsAreHiddenAndLockedInputsUnlockedAndSheetsProtectedWithoutPassword() throws Exception {
        Path file = folder.resolve("r.xlsx");
        new ReturnWorkbookWriter(new BundleTexts()).write(ReturnSamples.dwp(), file);
        try (InputStream in = Files.newInputStream(file); var book = new XSSFWorkbook(in)) {
            assertEquals("Instructions", book.getSheetName(0));
            assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(book.getSheetIndex("Lists")));
            assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(book.getSheetIndex("Return")));
            var milestones = book.getSheet("Milestones");
            assertTrue(milestones.isColumnHidden(0) && milestones.isColumnHidden(1));
            assertTrue(milestones.getProtect());
            assertFalse(milestones.getCTWorksheet().getSheetProtection().isSetPassword());
            assertTrue(milestones.getRow(2).getCell(1).getCellStyle().getLocked(), "version locked");
            assertFalse(milestones.getRow(2).getCell(4).getCellStyle().getLocked(), "forecast open to edit");
            assertTrue(milestones.getRow(2).getCell(2).getCellStyle().getLocked(), "title locked");
            assertEquals(4, milestones.getDataValidations().size(), "two dates and two lists");
            var instructions = book.getSheet("Instructions");
            String text = instructions.getRow(4).getCell(1).getStringCellValue();
            assertEquals("19 November 2026", text);
            assertEquals("OFFICIAL-SENSITIVE", instructions.getRow(2).getCell(1).getStringCellValue());
        }
    }
}
