package uk.dln.secretariat.reports.word;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The contents page, built as one paragraph per heading: a link to the heading's bookmark and a PAGEREF field. POI's
 * own table of contents puts itself at the end with broken references, and a TOC field shows only a placeholder in
 * LibreOffice; these plain entries work in both (see STACK notes, decision 0013).
 */
final class Contents {

    private Contents() {
    }

    static void insert(XWPFDocument document, XWPFParagraph anchor, List<WordDocument.Entry> entries) {
        for (WordDocument.Entry entry : entries) {
            var cursor = anchor.getCTP().newCursor();
            try {
                XWPFParagraph paragraph = document.insertNewParagraph(cursor);
                paragraph.setStyle("TOC" + entry.level());
                var link = paragraph.getCTP().addNewHyperlink();
                link.setAnchor(entry.bookmark());
                link.setHistory(true);
                Fields.text(link.addNewR(), entry.text());
                paragraph.getCTP().addNewR().addNewTab();
                // No number is stored: a guess would be wrong where Word shows stored results. ContentsNumbers stores
                // the rendered page when LibreOffice is there to render it (decision 0022).
                Fields.field(paragraph.getCTP(), "PAGEREF " + entry.bookmark() + " \\h", "");
            } finally {
                cursor.dispose();
            }
            for (String note : entry.notes()) {
                var at = anchor.getCTP().newCursor();
                try {
                    XWPFParagraph paragraph = document.insertNewParagraph(at);
                    paragraph.setStyle("ContentsNote");
                    paragraph.createRun().setText(note);
                } finally {
                    at.dispose();
                }
            }
        }
    }
}
