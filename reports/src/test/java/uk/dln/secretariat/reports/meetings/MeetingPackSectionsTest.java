package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.word.WordTable;

class MeetingPackSectionsTest {

    private static XWPFDocument pack;

    @BeforeAll
    static void writePack() throws IOException {
        pack = write(MeetingFixtures.request(0));
    }

    static XWPFDocument write(PackRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        new BoardPackWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> inStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** The table whose heading row starts with the given heading. */
    private static XWPFTable tableStartingWith(XWPFDocument document, String heading) {
        return document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(heading))
                .findFirst().orElseThrow();
    }

    @Test
    void theMeetingSectionsComeFirstInTheirOwnHeadings() {
        assertEquals(List.of("Contents", "Agenda", "Draft minutes of the previous meeting", "Action log", "Papers"),
                inStyle(pack, "Heading1"));
    }

    @Test
    void theAgendaGivesEachItemItsTimesPurposePresenterAndPaperReference() {
        XWPFTable agenda = tableStartingWith(pack, "Item");
        var cloud = agenda.getRow(4);
        assertEquals(List.of("4", "10:20\u201310:40", "Cloud hosting", "For decision", "Pat Presenter (HMRC)",
                "DLN(26)11/03"), cloud.getTableCells().stream().map(c -> c.getText()).toList());
    }

    @Test
    void thePreviousMinutesAreMarkedDraftInWordsAndKeepTheCivilServiceHeadings() {
        assertEquals(List.of("DRAFT: these minutes are for approval at the next meeting and may change."),
                inStyle(pack, "Draft"));
        var headings = inStyle(pack, "Heading3");
        assertTrue(headings.containsAll(List.of("Present", "Apologies", "4. Cloud hosting (DLN(26)10/03)")),
                headings.toString());
        assertTrue(inStyle(pack, "Heading2").contains("Declarations of interest"));
    }

    @Test
    void theActionLogListsOverdueActionsFirstWithTheWordOverdue() {
        XWPFTable log = pack.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 6
                && t.getRow(0).getCell(0).getText().equals("Reference")).findFirst().orElseThrow();
        List<String> references = log.getRows().stream().skip(1).map(r -> r.getCell(0).getText()).toList();
        assertEquals(List.of("A26/07/01", "A26/09/01", "A26/10/01", "A26/08/01"), references);
        assertEquals("Overdue\n(Open)", log.getRow(1).getCell(4).getText());
        assertEquals("CA3535", log.getRow(1).getCell(4).getColor());
        assertEquals("Closed", log.getRow(4).getCell(4).getText());
    }

    @Test
    void anActionProposedForClosureIsNeverShownOverdueAndTheCountsAddUpToTheTable() throws IOException {
        var data = MeetingFixtures.data(0);
        var log = new java.util.ArrayList<>(data.actionLog());
        log.add(MeetingFixtures.proposedForClosure());
        var request = new PackRequest("Digital Leaders Network", "Meeting 11, 26 November 2026", MeetingFixtures.DATE,
                List.of(), java.util.EnumSet.of(PackSection.ACTIONS), java.util.Optional.empty(), java.util.Optional.of(
                new MeetingPackData(data.meeting(), data.chair(), data.agenda(), data.previous(), log)));
        XWPFDocument document = write(request);

        XWPFTable table = tableStartingWith(document, "Reference");
        var proposed = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("A26/06/01")).findFirst()
                .orElseThrow();
        assertEquals("Proposed for closure\n(due 2 Nov 2026)", proposed.getCell(4).getText().replace('\u00a0', ' '));
        assertEquals("FFDD00", proposed.getCell(4).getColor());
        assertEquals(3, table.getRows().indexOf(proposed), "after the two overdue actions");
        String intro = document.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(t -> t.contains("actions as at")).findFirst().orElseThrow().replace('\u00a0', ' ');
        assertEquals("5 actions as at 26 November 2026: 2 overdue, 1 proposed for closure, 1 open or in progress, "
                + "and 1 closed or dropped since the last meeting. Overdue actions come first, then those proposed "
                + "for closure.", intro);
        assertEquals(6, table.getRows().size(), "a heading row and the five actions the sentence counts");
    }

    @Test
    void everyTableHeaderRowRepeatsOnEachPage() {
        for (XWPFTable table : pack.getTables()) {
            assertTrue(table.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() == 1,
                    table.getRow(0).getCell(0).getText());
        }
    }

    @Test
    void aLongActionLogIsSplitIntoTablesThatEachRepeatTheirHeader() throws IOException {
        XWPFDocument big = write(MeetingFixtures.request(WordTable.ROWS_PER_PART + 10));
        long parts = big.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Reference")
                && t.getRow(0).getTableCells().size() == 6).count();
        assertEquals(2, parts);
    }

    @Test
    void eachPaperHasACoverSheetWithItsPurposeRecommendationAndAnnexes() {
        var papers = inStyle(pack, "Heading2").stream().filter(h -> h.startsWith("DLN(26)11/")).toList();
        assertEquals(List.of("DLN(26)11/03: Cloud hosting", "DLN(26)11/04: Digital skills"), papers);
        String text = pack.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("The network is asked to agree a migration timetable."));
        assertTrue(text.contains("The network is asked to note this paper."), "a blank recommendation follows the purpose");
        assertTrue(text.contains("Annex A: DLN(26)11-03 Cloud hosting (A).pdf")
                && text.contains("Annex B: DLN(26)11-03 Cloud hosting (B).xlsx"), "named as in the export folder");
        var cover = tableStartingWith(pack, "Field");
        assertEquals("OFFICIAL-SENSITIVE", cover.getRow(5).getCell(1).getText());
    }

    @Test
    void thePackCarriesTheHighestMarkingOfTheMeetingAndItsPapers() {
        assertEquals("OFFICIAL-SENSITIVE", pack.getHeaderArray(0).getText().strip());
    }
}
