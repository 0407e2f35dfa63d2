package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.MeetingFixtures;

class MeetingDocumentWriterTest {

    private final MeetingDocumentWriter writer = new MeetingDocumentWriter(new BundleTexts());

    @FunctionalInterface
    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static XWPFDocument read(Writing writing) throws IOException {
        var out = new ByteArrayOutputStream();
        writing.to(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> headingOnes(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    @Test
    void theAgendaAloneCarriesTheHighestMarkingOfThePapersItNames() throws IOException {
        var agenda = read(out -> writer.agenda("Digital Leaders Network", MeetingFixtures.data(0),
                ProtectiveMarking.OFFICIAL, out));

        assertEquals(List.of("Agenda"), headingOnes(agenda));
        assertEquals("OFFICIAL-SENSITIVE", agenda.getHeaderArray(0).getText().strip());
        assertEquals(1, agenda.getTables().size());
    }

    @Test
    void draftMinutesAloneSayDraftAtTheTopOfEveryPage() throws IOException {
        var minutes = read(out -> writer.minutes("Digital Leaders Network", MeetingFixtures.previousMinutes(),
                ProtectiveMarking.OFFICIAL, out));

        assertEquals(List.of("Draft minutes"), headingOnes(minutes));
        // The previous meeting's cloud paper is OFFICIAL-SENSITIVE, and the minutes reproduce its discussion.
        assertEquals("OFFICIAL-SENSITIVE\nDRAFT", minutes.getHeaderArray(0).getText().strip());
        var footer = minutes.getFooterArray(0).getText();
        assertTrue(footer.contains("OFFICIAL"), footer);
    }

    @Test
    void aCoverSheetAloneCarriesItsPapersOwnMarking() throws IOException {
        var data = MeetingFixtures.data(0);
        var sensitive = data.coveredPapers().get(0);
        var plain = data.coveredPapers().get(1);

        var first = read(out -> writer.coverSheet("Digital Leaders Network", data, sensitive,
                ProtectiveMarking.OFFICIAL, out));
        var second = read(out -> writer.coverSheet("Digital Leaders Network", data, plain,
                ProtectiveMarking.OFFICIAL, out));

        assertEquals(List.of("DLN(26)11/03: Cloud hosting"), headingOnes(first));
        assertEquals("OFFICIAL-SENSITIVE", first.getHeaderArray(0).getText().strip());
        assertEquals("OFFICIAL", second.getHeaderArray(0).getText().strip());
    }
}
