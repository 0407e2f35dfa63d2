package uk.dln.secretariat.reports.boardpack;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import uk.dln.secretariat.reports.word.InternalLinks;

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

    /** An organisation's heading among the indicator charts. */
    static String indicators(long roadmapId) {
        return "indicators_" + roadmapId;
    }

    /** A paper's cover sheet, by its agenda item. */
    static String paper(long itemId) {
        return "paper_" + itemId;
    }

    /**
     * Adds a sentence to the paragraph with one part of it, {@code linkedText}, as a link: the sentence is formatted
     * with {@link #HERE} where that part goes, so the part stays where the language puts it.
     */
    static void sentence(XWPFParagraph paragraph, String sentence, String bookmark, String linkedText) {
        int at = sentence.indexOf(HERE);
        if (at < 0) {
            throw new IllegalArgumentException("no place for the link in: " + sentence);
        }
        text(paragraph, sentence.substring(0, at));
        link(paragraph, bookmark, linkedText);
        text(paragraph, sentence.substring(at + HERE.length()));
    }

    /** Where {@link #sentence} puts the link. */
    static final String HERE = "\u0001";

    static void text(XWPFParagraph paragraph, String text) {
        if (!text.isEmpty()) {
            paragraph.createRun().setText(uk.dln.secretariat.reports.XmlText.clean(text));
        }
    }

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
        InternalLinks.append(paragraph.getCTP(), bookmark, text, false);
    }
}
