package uk.dln.secretariat.reports.boardpack;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import uk.dln.secretariat.reports.XmlText;

/**
 * Links inside the pack: "at a glance" lines point to the detail further on. Bookmarks here are named after what
 * they mark (an organisation's roadmap), so a line can link to one before it is written; their ids start
 * far above the contents' own so the two never collide.
 */
final class PackLinks {

    private static final int FIRST_ID = 900_000;
    private int nextId = FIRST_ID;

    static String roadmap(long roadmapId) {
        return "roadmap_" + roadmapId;
    }

    /** GOV.UK link colour; the underline says it is a link without the colour. */
    private static final String LINK_COLOUR = "1A65A6";

    /** Marks the paragraph as the target of links to {@code name}. */
    void bookmark(XWPFParagraph paragraph, String name) {
        var start = paragraph.getCTP().insertNewBookmarkStart(0);
        start.setName(name);
        BigInteger id = BigInteger.valueOf(nextId++);
        start.setId(id);
        paragraph.getCTP().addNewBookmarkEnd().setId(id);
    }

    /** Adds text to the paragraph as a link to a bookmark. */
    static void link(XWPFParagraph paragraph, String bookmark, String text) {
        var link = paragraph.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        var run = link.addNewR();
        var properties = run.addNewRPr();
        properties.addNewColor().setVal(LINK_COLOUR);
        properties.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        run.addNewT().setStringValue(XmlText.clean(text));
    }
}
