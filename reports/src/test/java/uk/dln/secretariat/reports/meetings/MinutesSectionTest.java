package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.MeetingFixtures;

class MinutesSectionTest {

    private static final String DECLARATIONS = "Kwame Ellis: Member of an advisory board on AI adoption";

    private static MeetingMinutesRecord minutes(MeetingStatus status, Optional<LocalDate> next,
                                                Optional<LocalDate> approved) {
        Meeting meeting = MeetingFixtures.meeting(10, 10, MeetingFixtures.PREVIOUS, status);
        var items = new ArrayList<AgendaItem>();
        for (StandingItem standing : StandingItem.values()) {
            items.add(new AgendaItem(items.size() + 1, meeting.id(), items.size() + 1, standing.name(),
                    standing.purpose(), standing, null, standing.minutes(), standing.paper(),
                    CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
        }
        List<AgendaEntry> agenda = new Agenda(meeting, items).lines("DLN").stream()
                .map(line -> new AgendaEntry(line, "", List.of())).toList();
        long declarationsItem = items.get(1).id();
        var recorded = new MeetingMinutes(meeting.id(), "Present\nChris Chair (Chair)", DECLARATIONS,
                List.of(new MeetingMinutes.ItemMinutes(declarationsItem, DECLARATIONS, "")));
        return new MeetingMinutesRecord(meeting, "Chris Chair", agenda, recorded, Map.of(), next, approved);
    }

    private static String text(MeetingMinutesRecord record) throws IOException {
        var out = new ByteArrayOutputStream();
        new MeetingDocumentWriter(new BundleTexts()).minutes("Digital Leaders Network", record,
                ProtectiveMarking.OFFICIAL, out);
        try (var document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                    .replace('\u00a0', ' ');
        }
    }

    @Test
    void declarationsArePrintedOnceUnderTheirOwnHeading() throws IOException {
        String text = text(minutes(MeetingStatus.HELD, Optional.empty(), Optional.empty()));

        assertEquals(1, text.split(DECLARATIONS, -1).length - 1, text);
        assertTrue(text.contains("Declarations of interest are recorded above."), text);
    }

    @Test
    void dateOfNextMeetingCarriesTheNextMeetingsDateWhenKnown() throws IOException {
        String text = text(minutes(MeetingStatus.HELD, Optional.of(MeetingFixtures.DATE), Optional.empty()));

        assertTrue(text.contains("The next meeting will be held on 26 November 2026."), text);
    }

    @Test
    void approvedMinutesStateTheDayTheyWereApproved() throws IOException {
        String text = text(minutes(MeetingStatus.MINUTES_APPROVED, Optional.of(MeetingFixtures.DATE),
                Optional.of(MeetingFixtures.DATE)));

        assertTrue(text.contains("These minutes were approved on 26 November 2026."), text);
        assertFalse(text.contains("DRAFT"), text);
    }

    @Test
    void theAgendaTellsMembersNothingAboutHowLongTheRoomIsBooked() throws IOException {
        var out = new ByteArrayOutputStream();
        new MeetingDocumentWriter(new BundleTexts()).agenda("Digital Leaders Network", MeetingFixtures.data(0),
                ProtectiveMarking.OFFICIAL, out);
        try (var document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertFalse(text.contains("booked until"), text);
        }
    }
}
