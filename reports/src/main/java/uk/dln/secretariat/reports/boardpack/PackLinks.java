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
     * with {@link #HERE} where that part goes, so the part stays where the language puts it. A bilingual sentence
     * has it once in each language, and both are links.
     */
    static void sentence(XWPFParagraph paragraph, String sentence, String bookmark, String linkedText) {
        sentence(paragraph, sentence, () -> link(paragraph, bookmark, linkedText));
    }

    /** Adds a sentence, writing what goes at each {@link #HERE} in it with {@code here}. */
    static void sentence(XWPFParagraph paragraph, String sentence, Runnable here) {
        String[] parts = sentence.split(HERE, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                here.run();
            }
            text(paragraph, parts[i]);
        }
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
