package uk.dln.secretariat.reports.word;

import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import uk.dln.secretariat.reports.XmlText;

/**
 * A link to a bookmark inside the document, in a paragraph or a table cell, written as a cross-reference field
 * ({@code REF name \h}) whose stored result is the link's text. Word follows it like a link, and LibreOffice,
 * which drops a plain internal hyperlink when it makes a PDF, turns a cross-reference into a link in the PDF, so a
 * reader of either goes from a summary line to its detail. The bookmark must span the same text (an organisation's
 * heading), since a word processor that updates the field shows the bookmarked text. Underlined as well as
 * coloured, so it reads as a link without the colour.
 */
public final class InternalLinks {

    /** GOV.UK link colour: 7:1 on white. */
    private static final String LINK_COLOUR = "1A65A6";

    private InternalLinks() {
    }

    /** Adds the text to the end of the paragraph as a link to the bookmark, which spans the same text. */
    public static void append(CTP paragraph, String bookmark, String text, boolean bold) {
        write(paragraph::addNewR, bookmark, text, bold);
    }

    /** Puts the link at the start of the paragraph, before the runs it has. */
    public static void prepend(CTP paragraph, String bookmark, String text, boolean bold) {
        int[] next = {0};
        write(() -> paragraph.insertNewR(next[0]++), bookmark, text, bold);
    }

    private static void write(Supplier<CTR> newRun, String bookmark, String text, boolean bold) {
        run(newRun, bold).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instruction = run(newRun, bold).addNewInstrText();
        instruction.setStringValue(" REF " + bookmark + " \\h ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        run(newRun, bold).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        Fields.text(run(newRun, bold), Runs.keepDatesTogether(XmlText.clean(text)));
        run(newRun, bold).addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static CTR run(Supplier<CTR> newRun, boolean bold) {
        var run = newRun.get();
        var properties = run.addNewRPr();
        if (bold) {
            properties.addNewB();
        }
        properties.addNewColor().setVal(LINK_COLOUR);
        properties.addNewU().setVal(STUnderline.SINGLE);
        return run;
    }
}
