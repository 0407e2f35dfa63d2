package uk.dln.secretariat.reports.word;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import uk.dln.secretariat.reports.XmlText;

/**
 * A link to a bookmark inside the document, in a paragraph or a table cell. Word follows it, and LibreOffice turns
 * it into a link in the PDF, so a reader of either goes from a summary line to its detail. Underlined as well as
 * coloured, so it reads as a link without the colour.
 */
public final class InternalLinks {

    /** GOV.UK link colour: 7:1 on white. */
    private static final String LINK_COLOUR = "1A65A6";

    private InternalLinks() {
    }

    /** Adds the text to the end of the paragraph as a link to the bookmark. */
    public static void append(CTP paragraph, String bookmark, String text, boolean bold) {
        var link = paragraph.addNewHyperlink();
        link.setAnchor(bookmark);
        link.setHistory(true);
        var run = link.addNewR();
        var properties = run.addNewRPr();
        if (bold) {
            properties.addNewB();
        }
        properties.addNewColor().setVal(LINK_COLOUR);
        properties.addNewU().setVal(STUnderline.SINGLE);
        Fields.text(run, Runs.keepDatesTogether(XmlText.clean(text)));
    }
}
