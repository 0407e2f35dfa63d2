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
    void aReturnSavedByLibreOfficeAsOdsReadsBackTheSameThroughLibreOffice() throws Exception {
        LibreOffice.assumeWanted();
        Path file = folder.resolve("Return-DWP.xlsx");
        var written = ReturnSamples.dwp();
        new ReturnWorkbookWriter(new BundleTexts()).write(written, file);

        Path saved = LibreOffice.convert(file, "ods", folder.resolve("lo-profile"));
        var reading = new ReturnWorkbookReader().read(saved);

        assertFalse(reading.isRefused(), reading.problems().toString());
        assertEquals(written.header().returnId(), reading.content().header().returnId());
        assertEquals(written.actions(), reading.content().actions());
        assertEquals(written.milestones(), reading.content().milestones());
        assertEquals(written.indicators(), reading.content().indicators());
        assertEquals(written.risks(), reading.content().risks());
        try (var left = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("secretariat-return-")
                    && p.toFile().lastModified() > System.currentTimeMillis() - 60_000),
                    "the converted copy is removed");
        }
    }

    @Test
    void aDamagedOdsIsRefusedNamingTheFile() throws Exception {
        LibreOffice.assumeWanted();
        Path file = folder.resolve("Return-DWP.xlsx");
        new ReturnWorkbookWriter(new BundleTexts()).write(ReturnSamples.dwp(), file);
        Path saved = LibreOffice.convert(file, "ods", folder.resolve("lo-profile"));
        byte[] bytes = java.nio.file.Files.readAllBytes(saved);
        // Keeps the package's mimetype entry, cuts the rest: what a broken download looks like.
        java.nio.file.Files.write(saved, java.util.Arrays.copyOf(bytes, 200));

        var reading = new ReturnWorkbookReader().read(saved);

        assertTrue(reading.isRefused());
        assertEquals(java.util.List.of(saved.getFileName()), reading.problems().get(0).arguments(),
                reading.problems().toString());
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
