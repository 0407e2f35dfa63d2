package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;

class TrackerLanguageTest {

    private static XSSFWorkbook write(DocumentLanguage language) throws IOException {
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts(language)).write(PackFixtures.request(), out, ExportSteps.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheets(XSSFWorkbook workbook) {
        var names = new ArrayList<String>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void welshTrackersHaveWelshSheetsAndSayTheyAreWelsh() throws IOException {
        try (var workbook = write(DocumentLanguage.WELSH)) {
            assertEquals(List.of("Crynodeb", "Cerrig milltir", "Dangosyddion", "Risgiau"), sheets(workbook));
            assertEquals("cy-GB", workbook.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getLanguageProperty().orElseThrow());
            assertEquals("Digital Leaders Network: tracwyr, Meeting of 3 November 2026",
                    workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void bilingualTrackersNameEachSheetWelshFirst() throws IOException {
        try (var workbook = write(DocumentLanguage.BILINGUAL)) {
            assertEquals(List.of("Crynodeb - Summary", "Cerrig milltir - Milestones", "Dangosyddion - Indicators",
                    "Risgiau - Risks"), sheets(workbook));
        }
    }
}
