package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.pdf.PackPaper;
import uk.dln.secretariat.reports.pdf.PdfBoardPack;
import uk.dln.secretariat.reports.pdf.SamplePapers;
import uk.dln.secretariat.reports.word.ContentsNumbers;

/**
 * The one-PDF pack and the contents' stored numbers, checked against LibreOffice's own rendering of the files:
 * the numbers Word shows before it updates fields are the pages LibreOffice lays the headings out on; the PDF holds
 * the pack's pages then every paper's, with bookmarks to each, and every page carries the marking and its number.
 */
class PdfBoardPackRenderingTest {

    private static final Path FOLDER = Path.of("target", "office", "pdf-pack").toAbsolutePath();
    private static final PackRequest REQUEST = MeetingFixtures.request(40);
    private static final String MARKING = REQUEST.marking().label();
    private static final int PLAN_PAGES = 3;

    private static Path docx;
    private static Path pdf;
    private static Path profile;
    private static List<String> packPages;
    private static int costsPages;

    @BeforeAll
    static void writeThePackAndItsPdf() throws Exception {
        LibreOffice.assumeWanted();
        if (Files.exists(FOLDER)) {
            try (var old = Files.walk(FOLDER)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(FOLDER);
        profile = FOLDER.resolve("profile");
        Path written = FOLDER.resolve("written.docx");
        try (OutputStream out = Files.newOutputStream(written)) {
            new BoardPackWriter(new BundleTexts()).write(REQUEST, out, ExportSteps.NONE);
        }
        Path plan = Files.write(FOLDER.resolve("plan.pdf"), SamplePapers.pdf("Cloud hosting plan",
                List.of("Page one of the plan.", "Page two of the plan.", "Page three of the plan.")));
        Path costs = FOLDER.resolve("costs.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(costs)) {
            var row = workbook.createSheet("Costs").createRow(0);
            row.createCell(0).setCellValue("Migration");
            row.createCell(1).setCellValue(125000);
            workbook.write(out);
        }
        Path broken = Files.writeString(FOLDER.resolve("broken.pdf"), "not a PDF at all");
        var papers = List.of(new PackPaper("Item 4: DLN(26)11/04 Cloud hosting", List.of(
                new PackPaper.Document("DLN(26)11-04 Cloud hosting (A).pdf", plan),
                new PackPaper.Document("DLN(26)11-04 Cloud hosting (B).xlsx", costs),
                new PackPaper.Document("DLN(26)11-04 Cloud hosting (C).pdf", broken))));

        var office = uk.dln.secretariat.reports.pdf.LibreOffice.locate().orElseThrow();
        var pack = new PdfBoardPack(new BundleTexts(), office);
        Path work = Files.createDirectories(FOLDER.resolve("work"));
        PdfBoardPack.RenderedPack rendered = pack.render(written, work, () -> { });
        docx = FOLDER.resolve("pack.docx");
        try (InputStream in = Files.newInputStream(written); OutputStream out = Files.newOutputStream(docx)) {
            ContentsNumbers.store(in, rendered.headingPages(), out);
        }
        pdf = FOLDER.resolve("pack.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            pack.write(rendered, papers, MARKING, work, out, () -> { });
        }
        // The files as a reader's LibreOffice shows them, rendered apart from the code under test.
        packPages = LibreOffice.pages(LibreOffice.toPdf(docx, profile));
        costsPages = LibreOffice.pages(LibreOffice.toPdf(costs, profile)).size();
    }

    @Test
    void everyStoredContentsNumberIsThePageLibreOfficeRendersTheHeadingOn() throws Exception {
        Map<String, String> stored = storedNumbers(docx);

        assertTrue(stored.size() > 5, stored.toString());
        for (var entry : stored.entrySet()) {
            String number = entry.getValue();
            assertFalse(number.isEmpty(), "no number stored for " + entry.getKey());
            String page = packPages.get(Integer.parseInt(number) - 1);
            assertTrue(page.lines().map(String::strip).anyMatch(line -> line.equals(entry.getKey())),
                    "\"" + entry.getKey() + "\" is not on page " + number + ":\n" + page);
        }
    }

    @Test
    void thePdfHoldsThePackPagesThenEveryPapersPagesAndANoteForAFileItCouldNotTake() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(packPages.size() + PLAN_PAGES + costsPages + 1, document.getNumberOfPages());
        }
        List<String> pages = LibreOffice.pages(pdf);
        assertTrue(pages.get(packPages.size()).contains("Page one of the plan."));
        assertTrue(pages.get(packPages.size() + PLAN_PAGES).contains("Migration"));
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("DLN(26)11-04 Cloud hosting (C).pdf") && last.contains("export folder"), last);
    }

    @Test
    void bookmarksLeadToEachSectionAndToEachItemAndFileOfThePapers() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> top = children(document, document.getDocumentCatalog().getDocumentOutline());
            assertTrue(top.keySet().containsAll(List.of("Contents", "Agenda", "Action log")), top.toString());
            assertEquals(packPages.size() + 1, top.get("Attached papers"), top.toString());
            PDOutlineItem papers = last(document.getDocumentCatalog().getDocumentOutline());
            Map<String, Integer> items = children(document, papers);
            assertEquals(Map.of("Item 4: DLN(26)11/04 Cloud hosting", packPages.size() + 1), items);
            Map<String, Integer> files = children(document, papers.getFirstChild());
            // The plan is a PDF without tags: its bookmark says so, for an accessible version to be asked for.
            assertEquals(Map.of("DLN(26)11-04 Cloud hosting (A).pdf (may not be accessible: a PDF without tags)",
                    packPages.size() + 1,
                    "DLN(26)11-04 Cloud hosting (B).xlsx", packPages.size() + PLAN_PAGES + 1,
                    "DLN(26)11-04 Cloud hosting (C).pdf", document.getNumberOfPages()), files);
            Map<String, Integer> minutes = children(document, find(document, "Draft minutes of the previous meeting"));
            assertTrue(minutes.containsKey("Attendance"), "items within sections: " + minutes);
        }
    }

    @Test
    void everyPageCarriesTheMarkingTopAndBottomAndItsNumberAcrossTheWholePdf() throws Exception {
        List<String> pages = LibreOffice.pages(pdf);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i).strip();
            assertTrue(page.startsWith(MARKING), "page " + (i + 1) + " starts:\n" + page);
            assertTrue(page.endsWith(MARKING), "page " + (i + 1) + " ends:\n" + page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), "page " + (i + 1) + ":\n" + page);
            assertEquals(1, java.util.regex.Pattern.compile("Page \\d+ of \\d+").matcher(page).results().count(),
                    "one page number only, the pack's own numbering replaced: page " + (i + 1) + ":\n" + page);
        }
    }

    /** Each contents entry's heading and the number stored in its PAGEREF field. */
    private static Map<String, String> storedNumbers(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); var document = new XWPFDocument(in)) {
            var headings = new LinkedHashMap<String, String>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                for (CTBookmark bookmark : paragraph.getCTP().getBookmarkStartArray()) {
                    headings.put(bookmark.getName(), paragraph.getText().strip());
                }
            }
            var stored = new LinkedHashMap<String, String>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String bookmark = null;
                boolean result = false;
                for (CTR run : paragraph.getCTP().getRArray()) {
                    if (run.sizeOfInstrTextArray() > 0 && run.getInstrTextArray(0).getStringValue().contains("PAGEREF")) {
                        bookmark = run.getInstrTextArray(0).getStringValue().strip().split("\\s+")[1];
                    } else if (run.sizeOfFldCharArray() > 0
                            && run.getFldCharArray(0).getFldCharType() == STFldCharType.SEPARATE) {
                        result = bookmark != null;
                    } else if (result && run.sizeOfTArray() > 0) {
                        stored.put(headings.get(bookmark), run.getTArray(0).getStringValue());
                        result = false;
                    }
                }
            }
            return stored;
        }
    }

    /** A node's children: title to page number, from 1. */
    private static Map<String, Integer> children(PDDocument document, PDOutlineNode node) throws IOException {
        var children = new LinkedHashMap<String, Integer>();
        for (PDOutlineItem item : node.children()) {
            children.put(item.getTitle(), document.getPages().indexOf(item.findDestinationPage(document)) + 1);
        }
        return children;
    }

    private static PDOutlineItem last(PDOutlineNode node) {
        return node.getLastChild();
    }

    private static PDOutlineItem find(PDDocument document, String title) {
        var found = new ArrayList<PDOutlineItem>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
            if (item.getTitle().equals(title)) {
                found.add(item);
            }
        });
        return found.get(0);
    }
}
