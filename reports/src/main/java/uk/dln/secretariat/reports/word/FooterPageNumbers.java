package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A copy of a document whose footer keeps its "Page X of Y" line but not its words, for the one-PDF pack: there the
 * pages are numbered across the pack and its papers, and the number is stamped where the line was. The line stays
 * (a no-break space), so every page lays out exactly as in the document itself.
 */
public final class FooterPageNumbers {

    private FooterPageNumbers() {
    }

    /** @return whether a "Page X of Y" line was found and emptied */
    public static boolean withoutNumbers(InputStream docx, OutputStream out) throws IOException {
        boolean emptied = false;
        try (var document = new XWPFDocument(docx)) {
            for (XWPFFooter footer : document.getFooterList()) {
                for (XWPFParagraph paragraph : footer.getParagraphs()) {
                    if (hasPageField(paragraph)) {
                        while (paragraph.getCTP().sizeOfRArray() > 0) {
                            paragraph.getCTP().removeR(0);
                        }
                        Fields.text(paragraph.getCTP().addNewR(), "\u00A0");
                        emptied = true;
                    }
                }
            }
            document.write(out);
        }
        return emptied;
    }

    private static boolean hasPageField(XWPFParagraph paragraph) {
        return Arrays.stream(paragraph.getCTP().getRArray()).flatMap(r -> Arrays.stream(r.getInstrTextArray()))
                .anyMatch(instruction -> instruction.getStringValue().strip().equals("PAGE"));
    }
}
