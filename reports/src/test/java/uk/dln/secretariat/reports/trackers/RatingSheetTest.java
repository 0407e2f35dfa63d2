package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.toolkit.SelfAssessmentSectionWriterTest;

class RatingSheetTest {

    @Test
    void everyRatingOfTheRoundIsARowWithItsLevelInWordsAndItsScore() throws Exception {
        var map = SelfAssessmentSectionWriterTest.network();
        var out = new ByteArrayOutputStream();
        new RatingSheet(new BundleTexts()).write(map, "OFFICIAL", out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Ratings");
            int rated = 0;
            for (var organisation : map.organisations()) {
                for (var approach : map.approaches()) {
                    rated += map.rating(organisation.id(), approach.id()).isPresent() ? 1 : 0;
                }
            }
            assertEquals(rated, sheet.getLastRowNum(), "a row per rating under the heading");
            assertEquals("Organisation", sheet.getRow(0).getCell(0).getStringCellValue());
            var first = sheet.getRow(1);
            assertEquals("DSIT", first.getCell(0).getStringCellValue());
            assertEquals("1.1", first.getCell(1).getStringCellValue());
            assertEquals("Developing", first.getCell(3).getStringCellValue());
            assertEquals(2, first.getCell(4).getNumericCellValue());
            assertEquals(1, workbook.getSheet("Ratings").getTables().size(), "an Excel Table to filter and sort");
            boolean notApplicableHasNoScore = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(3).getStringCellValue().equals("Not applicable")) {
                    notApplicableHasNoScore = row.getCell(4) == null
                            || row.getCell(4).getCellType() == CellType.BLANK;
                }
            }
            assertTrue(notApplicableHasNoScore, "not applicable is off the scale: no score");
        }
    }

    @Test
    void aWelshTrackerNamesItsSheetColumnsAndLevelsInWelsh() throws Exception {
        var out = new ByteArrayOutputStream();
        new RatingSheet(new BundleTexts(DocumentLanguage.WELSH)).write(SelfAssessmentSectionWriterTest.network(),
                "OFFICIAL", out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Graddau");
            assertTrue(sheet != null, "the sheet is named in Welsh");
            assertEquals("Sefydliad", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Yn datblygu", sheet.getRow(1).getCell(3).getStringCellValue());
        }
    }
}
