package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;

/** What Word makes of the package itself: its mode, its properties, its page breaks and its dates. */
class WordPackageTest {

    private static XWPFDocument pack;

    @BeforeAll
    static void writePack() throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(MeetingFixtures.request(0), out, ExportSteps.NONE);
        pack = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void wordOpensThePackInItsCurrentModeNotCompatibilityMode() {
        String settings = pack.getSettings().getCTSettings().xmlText();

        assertTrue(settings.contains("w:name=\"compatibilityMode\""), settings);
        assertTrue(settings.contains("w:uri=\"http://schemas.microsoft.com/office/word\""), settings);
        assertTrue(settings.contains("w:val=\"15\""), settings);
        assertTrue(settings.indexOf("updateFields") < settings.indexOf("compat"), "the schema's order: " + settings);
    }

    @Test
    void thePropertiesGiveTitleSubjectKeywordsBritishEnglishAndTheApplication() {
        var core = pack.getProperties().getCoreProperties();

        assertEquals("Digital Leaders Network: board pack, Meeting 11, 26 November 2026", core.getTitle());
        assertEquals("Digital Leaders Network board pack for Meeting 11, 26 November 2026", core.getSubject());
        assertTrue(core.getKeywords().contains("board pack") && core.getKeywords().contains("OFFICIAL-SENSITIVE"),
                core.getKeywords());
        assertEquals("en-GB", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals("Secretariat", pack.getProperties().getExtendedProperties().getApplication());
    }

    @Test
    void newPagesStartWithPageBreakBeforeOnTheHeadingNotAnEmptyParagraph() {
        List<XWPFParagraph> paragraphs = pack.getParagraphs();
        for (XWPFParagraph paragraph : paragraphs) {
            assertFalse(paragraph.getCTP().xmlText().contains("w:type=\"page\""),
                    "a paragraph holding a page break: " + paragraph.getText());
        }
        var breaking = paragraphs.stream().filter(XWPFParagraph::isPageBreak).toList();
        assertTrue(breaking.stream().anyMatch(p -> p.getText().equals("Agenda")), "the agenda starts a page");
        assertTrue(breaking.stream().anyMatch(p -> p.getText().equals("Action log")), "the action log starts a page");
        assertTrue(breaking.stream().allMatch(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")
                || p.getText().isEmpty()), "only headings start pages");
    }

    @Test
    void datesAreWrittenOneWayAndNeverSplitAcrossLines() {
        String text = pack.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b)
                + pack.getTables().stream().map(t -> t.getText()).reduce("", (a, b) -> a + "\n" + b);

        assertTrue(text.contains("26\u00a0November\u00a02026"), "prose dates in full, joined");
        assertTrue(text.contains("\u00a0Oct\u00a02026"), "table dates short, joined");
        assertFalse(text.matches("(?s).*\\d{1,2} (January|February|March|April|May|June|July|August|September"
                + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \\d{4}.*"),
                "a date with an ordinary space could split across lines");
        assertFalse(text.contains("Sept"), "September is Sep in tables, like every other month");
    }

    @Test
    void tablesWriteDatesShortSoEachFitsItsColumnOnOneLine() throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        try (var roadmaps = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String cells = roadmaps.getTables().stream().map(t -> t.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(cells.matches("(?s).*\\d{1,2}\u00a0[A-Z][a-z]{2}\u00a0\\d{4}.*"), "short dates in tables");
            assertFalse(cells.matches("(?s).*\\d{1,2}[\\s\u00a0](January|February|March|April|June|July|August"
                    + "|September|October|November|December)[\\s\u00a0]\\d{4}.*"), cells);
        }
    }
}
