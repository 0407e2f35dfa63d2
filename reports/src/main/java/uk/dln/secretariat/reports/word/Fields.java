package uk.dln.secretariat.reports.word;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/** Word fields (PAGE, NUMPAGES, PAGEREF) written as begin/instruction/separate/result/end runs. */
final class Fields {

    private static final String PAGE = "\u0001PAGE\u0001";
    private static final String NUMPAGES = "\u0001NUMPAGES\u0001";

    private Fields() {
    }

    /** "Page X of Y" in the user's language, the numbers being live fields. */
    static void pageXofY(XWPFParagraph paragraph, Texts texts) {
        String sentence = texts.get("pack.footer.page", PAGE, NUMPAGES);
        for (String part : sentence.split("(?=\u0001)|(?<=\u0001)")) {
            if (part.equals("\u0001")) {
                continue;
            }
            if (part.equals("PAGE") || part.equals("NUMPAGES")) {
                field(paragraph.getCTP(), part, "1");
            } else if (!part.isEmpty()) {
                text(paragraph.getCTP().addNewR(), part);
            }
        }
    }

    /** A field; {@code cached} is what shows until the reader's word processor updates it. */
    static void field(CTP paragraph, String instruction, String cached) {
        paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = paragraph.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(paragraph.addNewR(), cached);
        paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void text(CTR run, String text) {
        var t = run.addNewT();
        t.setStringValue(XmlText.clean(text));
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
