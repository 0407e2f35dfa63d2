package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.returns.ReturnSamples;
import uk.dln.secretariat.reports.returns.ReturnWorkbookReader;
import uk.dln.secretariat.reports.returns.ReturnWorkbookWriter;

/** A coordinator with LibreOffice instead of Excel: the return opened, saved as .xlsx, still reads back whole. */
class ReturnRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void aReturnSavedByLibreOfficeAsXlsxReadsBackTheSame() throws Exception {
        LibreOffice.assumeWanted();
        Path file = folder.resolve("Return-DWP.xlsx");
        var written = ReturnSamples.dwp();
        new ReturnWorkbookWriter(new BundleTexts()).write(written, file);

        Path saved = LibreOffice.convert(file, "xlsx", folder.resolve("lo-profile"));
        var reading = new ReturnWorkbookReader().read(saved);

        assertFalse(reading.isRefused(), reading.problems().toString());
        assertEquals(written.actions(), reading.content().actions());
        assertEquals(written.milestones(), reading.content().milestones());
        assertEquals(written.indicators(), reading.content().indicators());
        assertEquals(written.risks(), reading.content().risks());
    }

    @Test
    void aReturnRendersWithItsInstructionsMarkingAndRecords() throws Exception {
        LibreOffice.assumeWanted();
        Path file = folder.resolve("Return-DWP.xlsx");
        new ReturnWorkbookWriter(new BundleTexts()).write(ReturnSamples.dwp(), file);
        String all = String.join("\n", LibreOffice.pages(LibreOffice.toPdf(file, folder.resolve("lo-profile"))));
        assertTrue(all.contains("Return by") && all.contains("19 November 2026"), all);
        assertTrue(all.contains("OFFICIAL-SENSITIVE"), all);
        assertTrue(all.contains("Cloud migration") && all.contains("Skills shortage"), all);
        assertFalse(all.contains("bbbbbbbb"), "the return's id is not shown");
    }
}
