package uk.dln.secretariat.reports.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.word.WordTable;

class BoardPackWriterTest {

    private static XWPFDocument pack;

    @BeforeAll
    static void writePack() throws IOException {
        pack = read(write(PackFixtures.request(), ExportSteps.NONE));
    }

    static byte[] write(PackRequest request, ExportSteps steps) throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(request, out, steps);
        return out.toByteArray();
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> textsInStyle(String style) {
        return pack.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    @Test
    void everySectionStartsWithAHeadingOneInTheRealStyle() {
        assertEquals(List.of("Contents", "At a glance", "Roadmap summary", "Indicator trends", "Risk summary",
                        "Toolkit self-assessment"),
                textsInStyle("Heading1"));
        assertEquals("heading 1", pack.getStyles().getStyle("Heading1").getName());
        assertTrue(textsInStyle("Heading2").contains("HM Revenue and Customs"));
        assertTrue(textsInStyle("Heading3").contains("Timeline"));
    }

    @Test
    void theContentsListEveryHeadingWithAPageReference() {
        var entries = pack.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle())).toList();
        assertEquals(5, entries.size());
        assertTrue(entries.get(0).getCTP().xmlText().contains("PAGEREF _Toc"), entries.get(0).getCTP().xmlText());
        assertTrue(entries.get(0).getCTP().getHyperlinkArray(0).getAnchor().startsWith("_Toc"));
    }

    @Test
    void theHeaderAndFooterCarryTheHighestMarkingOnEveryPage() {
        var sections = pack.getDocument().getBody().getSectPr();
        assertEquals(1, sections.sizeOfHeaderReferenceArray());
        assertEquals(1, sections.sizeOfFooterReferenceArray());
        assertEquals("OFFICIAL-SENSITIVE", pack.getHeaderArray(0).getText().strip());
        String footer = pack.getFooterArray(0).getText();
        assertTrue(footer.contains("OFFICIAL-SENSITIVE"), footer);
        String footerXml = pack.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
        assertTrue(footerXml.contains(" PAGE ") && footerXml.contains(" NUMPAGES "), footerXml);
        // One section only: no paragraph carries its own section break that could lose the header.
        assertFalse(pack.getParagraphs().stream().anyMatch(p -> p.getCTP().getPPr() != null
                && p.getCTP().getPPr().isSetSectPr()));
    }

    @Test
    void everyTableHasARepeatingHeaderRowAndRowsThatDoNotSplit() {
        assertFalse(pack.getTables().isEmpty());
        for (XWPFTable table : pack.getTables()) {
            assertEquals("PackTable", table.getStyleID());
            assertTrue(table.getRow(0).isRepeatHeader(), table.getText());
            assertTrue(table.getRows().stream().allMatch(row -> row.isCantSplitRow()));
        }
    }

    @Test
    void everyPictureHasAlternativeTextThatDescribesIt() {
        var pictures = pack.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
        assertEquals(3 + 6, pictures.size(), "a timeline per organisation and a chart per indicator");
        for (var picture : pictures) {
            String alt = picture.getCTPicture().getNvPicPr().getCNvPr().getDescr();
            assertFalse(alt.isBlank());
            assertFalse(alt.endsWith(".png"), alt);
        }
        var docPrs = pack.getDocument().getBody().xmlText().split("<wp:docPr ");
        for (int i = 1; i < docPrs.length; i++) {
            assertTrue(docPrs[i].substring(0, docPrs[i].indexOf('>')).contains("descr=\""), docPrs[i]);
        }
    }

    @Test
    void ratingsCarryTheirWordAsWellAsTheirColour() {
        var redCells = pack.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).filter(c -> "CA3535".equals(c.getColor())).toList();
        assertFalse(redCells.isEmpty());
        assertTrue(redCells.stream().allMatch(c -> !c.getText().isBlank()));
        assertTrue(redCells.stream().anyMatch(c -> c.getText().equals("Red")));
    }

    @Test
    void slippedMilestonesAreListedMostSlippedFirst() {
        String text = pack.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
        assertTrue(text.contains("Replace the case system"), text);
        assertTrue(text.contains("76 days late"), text);
    }

    @Test
    void onlyTheChosenSectionsAreWritten() throws IOException {
        var request = PackFixtures.request(EnumSet.of(PackSection.RISKS), rows -> { });
        try (var risksOnly = read(write(request, ExportSteps.NONE))) {
            var headings = risksOnly.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Contents", "Risk summary"), headings);
        }
    }

    @Test
    void longTablesAreSplitIntoPartsThatEachRepeatTheirHeader() throws IOException {
        var request = PackFixtures.request(Set.of(PackSection.ROADMAPS), rows -> {
            if (rows.get(0).roadmapId() != 1) {
                return;
            }
            for (int i = 0; i < WordTable.ROWS_PER_PART + 10; i++) {
                rows.add(PackFixtures.milestone(1000 + i, rows.get(0).roadmapId(), "Step " + i,
                        PackFixtures.DATE.minusMonths(2), PackFixtures.DATE.plusDays(20), DeliveryConfidence.AMBER));
            }
        });
        try (var big = read(write(request, ExportSteps.NONE))) {
            long fullParts = big.getTables().stream()
                    .filter(t -> t.getRows().size() == WordTable.ROWS_PER_PART + 1).count();
            assertTrue(fullParts >= 2, "the long due-soon and slipped tables are each cut after a first part");
            assertTrue(big.getTables().stream().allMatch(t -> t.getRows().size() <= WordTable.ROWS_PER_PART + 1));
            assertTrue(big.getTables().stream().allMatch(t -> t.getRow(0).isRepeatHeader()));
        }
    }

    @Test
    void eachPartIsAnnouncedBeforeItIsWrittenAndAThrowStopsTheExport() {
        var seen = new ArrayList<String>();
        assertThrows(IllegalStateException.class, () -> write(PackFixtures.request(), (key, done, total) -> {
            seen.add(key);
            if (key.equals("pack.section.indicators")) {
                throw new IllegalStateException("cancelled");
            }
        }));
        assertEquals(List.of("pack.cover.progress", "pack.section.atAGlance", "pack.section.roadmaps",
                "pack.section.indicators"), seen);
    }

    @Test
    void chartsStartedBeforeThePackIsWrittenGiveThePackTheChartsItWouldDrawItself() throws IOException {
        var request = PackFixtures.request();
        var writer = new BoardPackWriter(new BundleTexts());
        var out = new ByteArrayOutputStream();
        try (var charts = writer.startDrawingCharts(request)) {
            assertTrue(charts.isDrawingAhead());
            writer.write(request, charts, out, ExportSteps.NONE);
        }
        try (var ahead = read(out.toByteArray())) {
            assertEquals(pictures(pack), pictures(ahead));
        }
    }

    /** Each picture's bytes, in the pack's order, compared by content. */
    private static List<ByteBuffer> pictures(XWPFDocument document) {
        return document.getAllPictures().stream().map(p -> ByteBuffer.wrap(p.getData())).toList();
    }
}
