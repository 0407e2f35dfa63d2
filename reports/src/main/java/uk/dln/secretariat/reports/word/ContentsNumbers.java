package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The second pass over a written document: stores in each contents entry's PAGEREF field the page its heading was
 * rendered on. Word shows stored results until it updates fields, and never updates them in Protected View, Word
 * for the web or previews, so a stored number must be the real one or none (decision 0022).
 */
public final class ContentsNumbers {

    private ContentsNumbers() {
    }

    /**
     * Copies the document, filling in the page of every contents entry whose bookmark is in {@code pages}. An entry
     * whose page is not known keeps no number.
     *
     * @param pages each heading's bookmark name and the page it is on, from 1
     * @return how many entries now carry a number
     */
    public static int store(InputStream docx, Map<String, Integer> pages, OutputStream out) throws IOException {
        int stored = 0;
        try (var document = new XWPFDocument(docx)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                stored += store(paragraph.getCTP(), pages);
            }
            document.write(out);
        }
        return stored;
    }

    /** The PAGEREF fields of one paragraph: the field's result is the text run after its "separate" mark. */
    private static int store(CTP paragraph, Map<String, Integer> pages) {
        int stored = 0;
        String bookmark = null;
        boolean inResult = false;
        for (CTR run : paragraph.getRArray()) {
            if (run.sizeOfFldCharArray() > 0) {
                var type = run.getFldCharArray(0).getFldCharType();
                if (type == STFldCharType.SEPARATE) {
                    inResult = bookmark != null;
                } else if (type == STFldCharType.END) {
                    bookmark = null;
                    inResult = false;
                }
            } else if (run.sizeOfInstrTextArray() > 0) {
                String[] words = run.getInstrTextArray(0).getStringValue().strip().split("\\s+");
                bookmark = words.length >= 2 && words[0].equals("PAGEREF") ? words[1] : null;
            } else if (inResult && run.sizeOfTArray() > 0) {
                Integer page = pages.get(bookmark);
                run.getTArray(0).setStringValue(page == null ? "" : String.valueOf(page));
                stored += page == null ? 0 : 1;
                inResult = false;
            }
        }
        return stored;
    }
}
