package uk.dln.secretariat.reports.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;

class ContentsNumbersTest {

    private static byte[] pack() throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(PackFixtures.request(), out, ExportSteps.NONE);
        return out.toByteArray();
    }

    /** Each contents entry's bookmark and the result stored in its PAGEREF field, in order. */
    static Map<String, String> storedNumbers(byte[] docx) throws IOException {
        var stored = new LinkedHashMap<String, String>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
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
                        stored.put(bookmark, run.getTArray(0).getStringValue());
                        result = false;
                    }
                }
            }
        }
        return stored;
    }

    @Test
    void aWrittenPackStoresNoPageNumberInItsContentsUntilOneIsKnown() throws IOException {
        Map<String, String> stored = storedNumbers(pack());

        assertTrue(stored.size() > 3, stored.toString());
        assertTrue(stored.values().stream().allMatch(String::isEmpty), "a guessed number is wrong in Word: " + stored);
    }

    @Test
    void theSecondPassStoresEachKnownPageAndLeavesUnknownOnesEmpty() throws IOException {
        byte[] pack = pack();
        List<String> bookmarks = new ArrayList<>(storedNumbers(pack).keySet());
        var out = new ByteArrayOutputStream();

        int stored = ContentsNumbers.store(new ByteArrayInputStream(pack),
                Map.of(bookmarks.get(0), 3, bookmarks.get(1), 17), out);

        Map<String, String> numbers = storedNumbers(out.toByteArray());
        assertEquals(2, stored);
        assertEquals("3", numbers.get(bookmarks.get(0)));
        assertEquals("17", numbers.get(bookmarks.get(1)));
        assertEquals("", numbers.get(bookmarks.get(2)));
    }

    @Test
    void theCopyForThePdfKeepsAnEmptyPageLineInItsFooter() throws IOException {
        var out = new ByteArrayOutputStream();

        assertTrue(FooterPageNumbers.withoutNumbers(new ByteArrayInputStream(pack()), out));

        try (var document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFFooter footer = document.getFooterList().get(0);
            assertEquals(2, footer.getParagraphs().size(), "the line stays, so pages lay out as in the pack");
            assertEquals("\u00A0", footer.getParagraphs().get(0).getText());
            assertFalse(footer.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"));
            assertEquals(PackFixtures.request().marking().label(), footer.getParagraphs().get(1).getText());
        }
    }
}
