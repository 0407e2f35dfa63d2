package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.meetings.MeetingDocumentWriter;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/** The pack and trackers open in LibreOffice, and every printed page carries the marking. */
class OfficeRenderingTest {

    private static final String MARKING = "OFFICIAL-SENSITIVE";
    /** Kept under target so the pages can be looked at after a run. */
    private static final Path FOLDER = Path.of("target", "office");

    @BeforeAll
    static void wanted() throws Exception {
        LibreOffice.assumeWanted();
        Files.createDirectories(FOLDER);
    }

    @Test
    void everyPageOfTheBoardPackCarriesTheMarkingAndTheContentsHaveNumbers() throws Exception {
        Path docx = FOLDER.resolve("pack.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new BoardPackWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        }
        List<String> pages = LibreOffice.pages(LibreOffice.toPdf(docx, FOLDER.toAbsolutePath().resolve("profile")));
        assertTrue(pages.size() > 3, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.strip().startsWith(MARKING), "page " + (i + 1) + " starts without the marking:\n" + page);
            assertTrue(page.strip().endsWith(MARKING), "page " + (i + 1) + " ends without the marking:\n" + page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), page);
        }
        String contents = pages.get(1);
        assertTrue(contents.matches("(?s).*Risk summary\\s*\\.*\\s*\\d+.*"), contents);
        assertFalse(pages.stream().anyMatch(p -> p.contains("Error") || p.contains("Reference source")));
    }

    @Test
    void everyPrintedPageOfTheTrackersCarriesTheMarking() throws Exception {
        Path xlsx = FOLDER.resolve("trackers.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new TrackerWorkbookWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        }
        List<String> pages = LibreOffice.pages(LibreOffice.toPdf(xlsx, FOLDER.toAbsolutePath().resolve("profile")));
        assertTrue(pages.size() >= 4, "a page per sheet at least: " + pages.size());
        for (String page : pages) {
            assertTrue(page.contains(MARKING), page);
        }
        assertTrue(String.join("\n", pages).contains(PackFixtures.INJECTED), "formula-like text shows as typed");
    }

    @Test
    void theMeetingSectionsAndTheMinutesAloneCarryTheMarkingAndDraftOnEveryPage() throws Exception {
        Path pack = FOLDER.resolve("meeting-pack.docx");
        try (OutputStream out = Files.newOutputStream(pack)) {
            new BoardPackWriter(new BundleTexts()).write(MeetingFixtures.request(60), out, ExportSteps.NONE);
        }
        Path minutes = FOLDER.resolve("minutes.docx");
        try (OutputStream out = Files.newOutputStream(minutes)) {
            new MeetingDocumentWriter(new BundleTexts()).minutes("Digital Leaders Network",
                    MeetingFixtures.previousMinutes(), ProtectiveMarking.OFFICIAL, out);
        }
        Path profile = FOLDER.toAbsolutePath().resolve("profile");
        List<String> packPages = LibreOffice.pages(LibreOffice.toPdf(pack, profile));
        for (int i = 0; i < packPages.size(); i++) {
            String page = packPages.get(i).strip();
            assertTrue(page.startsWith(MARKING) && page.endsWith(MARKING), "pack page " + (i + 1) + ":\n" + page);
        }
        assertTrue(String.join("\n", packPages).contains("Overdue"), "the action log says Overdue in words");
        for (String page : LibreOffice.pages(LibreOffice.toPdf(minutes, profile))) {
            // The previous meeting's cloud paper is OFFICIAL-SENSITIVE, and the minutes reproduce its discussion.
            assertTrue(page.strip().matches("(?s)OFFICIAL-SENSITIVE\\s+DRAFT.*"), "the minutes page starts:\n" + page);
        }
    }
}
