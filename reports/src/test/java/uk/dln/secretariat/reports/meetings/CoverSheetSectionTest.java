package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.MeetingFixtures;

class CoverSheetSectionTest {

    private static XWPFDocument coverSheet(CoverSheet cover) throws IOException {
        var data = MeetingFixtures.data(0);
        AgendaEntry cloud = data.coveredPapers().get(0);
        AgendaItem item = cloud.line().item();
        var withCover = new AgendaItem(item.id(), item.meetingId(), item.position(), item.title(), item.purpose(),
                item.standing(), item.presenterId(), item.minutes(), item.paper(), cover);
        var line = new Agenda(data.meeting(), List.of(withCover)).lines("DLN").get(0);
        var out = new ByteArrayOutputStream();
        new MeetingDocumentWriter(new BundleTexts()).coverSheet("Digital Leaders Network", data,
                new AgendaEntry(line, cloud.presenter(), cloud.annexes()), ProtectiveMarking.OFFICIAL, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                .replace('\u00a0', ' ');
    }

    @Test
    void aCoverSheetFollowsTheCivilServiceFormWithNumberedRecommendations() throws IOException {
        var context = new PaperContext(LocalDate.of(2026, 11, 12), "Discussed in outline on 22 October 2026.",
                "HM Treasury and the Crown Commercial Service.", "Within the 2026-27 allocation.",
                "No new contracts.", "Supplier lock-in if the timetable slips.", Publication.PUBLISH_REDACTED);
        var document = coverSheet(new CoverSheet("Ann Author", "Sam Sponsor", "Eleven services run on old platforms.",
                "The network is asked to:\n(a) agree the timetable;\n(b) note the risks.",
                ProtectiveMarking.OFFICIAL, context));

        var table = document.getTables().get(0);
        var fields = table.getRows().stream().map(r -> r.getCell(0).getText()).toList();
        assertEquals(List.of("Field", "Title", "Paper reference", "Meeting", "Date of paper", "Classification", "Author",
                "Presenter", "Sponsor", "Purpose", "Timing", "Publication"), fields);
        assertEquals("12 November 2026", table.getRow(4).getCell(1).getText().replace('\u00a0', ' '));
        assertEquals("Publish with redactions", table.getRow(11).getCell(1).getText());
        String text = text(document);
        assertTrue(text.contains("The network is asked to:\n(a) agree the timetable;\n(b) note the risks."), text);
        assertTrue(text.contains("Previous consideration\nDiscussed in outline on 22 October 2026."), text);
        assertTrue(text.contains("Consultation\nHM Treasury and the Crown Commercial Service."), text);
        assertTrue(text.contains("Financial: Within the 2026-27 allocation.\nLegal: No new contracts.\n"
                + "Risk: Supplier lock-in if the timetable slips."), text);
    }

    @Test
    void aCoverSheetWithoutContextSaysSoRatherThanLeavingGaps() throws IOException {
        var document = coverSheet(new CoverSheet("Ann Author", "", "", "", ProtectiveMarking.OFFICIAL));

        assertEquals("Not given", document.getTables().get(0).getRow(4).getCell(1).getText());
        assertEquals("Not yet decided", document.getTables().get(0).getRow(11).getCell(1).getText());
        assertTrue(text(document).contains("Financial: None."), text(document));
    }
}
