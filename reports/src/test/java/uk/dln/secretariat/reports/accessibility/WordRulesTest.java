package uk.dln.secretariat.reports.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.accessibility.WordRules.Finding;
import uk.dln.secretariat.reports.accessibility.WordRules.Rule;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.meetings.MeetingDocumentWriter;

/**
 * Word's accessibility rules over the documents the app writes, and each rule caught on a deliberately bad document
 * that differs from a good one by that one fault.
 */
class WordRulesTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void theMeetingPackBreaksNoRule() throws IOException {
        assertEquals(List.of(), check(pack(MeetingFixtures.request(10))));
    }

    @Test
    void theNetworkPackWithItsChartsBreaksNoRule() throws IOException {
        assertEquals(List.of(), check(pack(PackFixtures.request())));
    }

    @Test
    void theAgendaMinutesAndCoverSheetOnTheirOwnBreakNoRule() throws IOException {
        var writer = new MeetingDocumentWriter(new BundleTexts());
        var data = MeetingFixtures.data(0);
        var agenda = new ByteArrayOutputStream();
        writer.agenda("Digital Leaders Network", data, ProtectiveMarking.OFFICIAL, agenda);
        var cover = new ByteArrayOutputStream();
        writer.coverSheet("Digital Leaders Network", data, data.papers().get(0), ProtectiveMarking.OFFICIAL, cover);
        var minutes = new ByteArrayOutputStream();
        writer.minutes("Digital Leaders Network", data.previous().orElseThrow(), ProtectiveMarking.OFFICIAL,
                minutes);

        assertEquals(List.of(), check(agenda.toByteArray()));
        assertEquals(List.of(), check(cover.toByteArray()));
        assertEquals(List.of(), check(minutes.toByteArray()));
    }

    @Test
    void aGoodDocumentBreaksNoRule() throws Exception {
        assertEquals(List.of(), check(document(d -> { })));
    }

    @Test
    void aPictureWithoutAlternativeTextIsFound() throws Exception {
        var found = check(document(d -> d.getParagraphs().get(2).getRuns().get(0).getCTR().getDrawingArray(0)
                .getInlineArray(0).getDocPr().setDescr("")));
        assertEquals(List.of(new Finding(Rule.PICTURE_WITHOUT_ALT_TEXT, "picture 1 (Drawing 0)")), found);
    }

    @Test
    void aTableWithoutAHeaderRowIsFound() throws Exception {
        var found = check(document(d -> d.getTables().get(0).getRow(0).setRepeatHeader(false)));
        assertEquals(List.of(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, "table 1 (Action)")), found);
    }

    @Test
    void aOneColumnTableUsedForLayoutIsFound() throws Exception {
        var found = check(document(d -> {
            XWPFTable box = d.createTable(1, 1);
            box.getRow(0).getCell(0).setText("Boxed text");
            d.createParagraph().createRun().setText("After the box.");
        }));
        assertEquals(List.of(new Finding(Rule.LAYOUT_TABLE, "table 2 (Boxed text)")), found);
    }

    @Test
    void aHeadingThatSkipsALevelIsFound() throws Exception {
        var found = check(document(d -> {
            heading(d, "Heading1", "Costs");
            heading(d, "Heading3", "Too deep");
        }));
        assertEquals(List.of(new Finding(Rule.HEADING_SKIPS_LEVEL, "heading 'Too deep' (level 3 after level 1)")),
                found);
    }

    @Test
    void aDocumentWithoutATitleIsFound() throws Exception {
        var found = check(document(d -> d.getProperties().getCoreProperties().setTitle("")));
        assertEquals(List.of(new Finding(Rule.NO_TITLE, "document properties")), found);
    }

    @Test
    void aDocumentWithoutALanguageIsFound() throws Exception {
        var found = check(document(d -> d.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                .removeLang(0)));
        assertEquals(List.of(new Finding(Rule.NO_LANGUAGE, "document properties and default text")), found);
    }

    @Test
    void aLinkThatSaysClickHereIsFound() throws Exception {
        var found = check(document(d -> {
            var link = d.createParagraph().getCTP().addNewHyperlink();
            link.setAnchor("top");
            link.addNewR().addNewT().setStringValue("Click here");
        }));
        assertEquals(List.of(new Finding(Rule.LINK_TEXT_NOT_MEANINGFUL, "link 'Click here'")), found);
    }

    @Test
    void aLinkThatIsABareAddressIsFound() throws Exception {
        var found = check(document(d -> {
            var link = d.createParagraph().getCTP().addNewHyperlink();
            link.setAnchor("top");
            link.addNewR().addNewT().setStringValue("https://www.gov.uk/guidance");
        }));
        assertEquals(List.of(new Finding(Rule.LINK_TEXT_NOT_MEANINGFUL, "link 'https://www.gov.uk/guidance'")),
                found);
    }

    @Test
    void emptyParagraphsForSpacingAreFound() throws Exception {
        var found = check(document(d -> {
            d.createParagraph();
            d.createParagraph().createRun().setText("After a gap.");
        }));
        assertEquals(List.of(new Finding(Rule.EMPTY_PARAGRAPH_FOR_SPACING, "after 'The closing paragraph.'")), found);
    }

    @Test
    void greyTextOnAGreyFillIsFound() throws Exception {
        var found = check(document(d -> {
            var cell = d.getTables().get(0).getRow(1).getCell(0);
            cell.setColor("B1B4B6");
            cell.getParagraphs().get(0).getRuns().get(0).setColor("505A5F");
        }));
        assertEquals(List.of(new Finding(Rule.LOW_CONTRAST,
                "'Renew the hosting contract' (#505A5F on #B1B4B6, 3.4:1)")), found);
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, Contrast.ratio("000000", "#FFFFFF"), 0.01);
        assertEquals(4.54, Contrast.ratio("767676", "FFFFFF"), 0.01);
        assertEquals(1.0, Contrast.ratio("1D70B8", "1d70b8"), 0.01);
    }

    /** A small document that keeps every rule, changed by the test before it is written and read back. */
    private static byte[] document(Consumer<XWPFDocument> fault) throws Exception {
        try (var d = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            d.getProperties().getCoreProperties().setTitle("Hosting update");
            var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
            ct.addNewDocDefaults().addNewRPrDefault().addNewRPr().addNewLang().setVal("en-GB");
            for (int level = 1; level <= 3; level++) {
                var style = ct.addNewStyle();
                style.setStyleId("Heading" + level);
                style.addNewName().setVal("heading " + level);
                style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            }
            d.createStyles().setStyles(ct);
            heading(d, "Heading1", "Hosting");
            d.createParagraph().createRun().setText("The chart shows costs.");
            d.createParagraph().createRun().addPicture(new ByteArrayInputStream(PNG), Document.PICTURE_TYPE_PNG,
                    "costs.png", 100000, 100000);
            d.getParagraphs().get(2).getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr()
                    .setDescr("Costs fall from 5 to 3 million pounds");
            heading(d, "Heading2", "Actions");
            XWPFTable table = d.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Action");
            table.getRow(0).getCell(1).setText("Owner");
            table.getRow(0).setRepeatHeader(true);
            table.getRow(1).getCell(0).setText("Renew the hosting contract");
            table.getRow(1).getCell(1).setText("Ada Lovelace");
            d.createParagraph();
            d.createParagraph().createRun().setText("The closing paragraph.");
            fault.accept(d);
            d.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XWPFDocument d, String style, String text) {
        var paragraph = d.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    private static byte[] pack(PackRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        return out.toByteArray();
    }

    private static List<Finding> check(byte[] docx) throws IOException {
        return WordRules.check(new ByteArrayInputStream(docx));
    }
}
