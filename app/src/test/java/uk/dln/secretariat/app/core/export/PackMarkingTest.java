package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.Workspace;

/**
 * A paper marked OFFICIAL-SENSITIVE COMMERCIAL at the previous meeting: the pack and the draft minutes reproduce its
 * discussion, so every page of both must carry that marking, and the secretariat is told which paper raised it.
 */
class PackMarkingTest {

    static final String COMMERCIAL = "OFFICIAL-SENSITIVE COMMERCIAL";

    @TempDir
    Path folder;

    static final Progress QUIET = Progress.none();

    private Workspace workspace;
    private Meeting october;
    private Meeting november;
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 19).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @BeforeEach
    void aCommercialPaperAtThePreviousMeeting() {
        workspace = Workspace.open(folder.resolve("marking.secretariat"));
        october = workspace.meetings().save(Meeting.plan(MeetingWorkspace.OCTOBER, LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.agenda().append(october.id(), List.of(item(october, "Skills programme", ProtectiveMarking.OFFICIAL),
                item(october, "Cloud hosting strategy refresh", ProtectiveMarking.parse(COMMERCIAL))));
        workspace.meetings().moveTo(october.id(), MeetingStatus.PAPERS_ISSUED);
        october = workspace.meetings().moveTo(october.id(), MeetingStatus.HELD);
        november = workspace.meetings().save(Meeting.plan(MeetingWorkspace.NOVEMBER, LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.agenda().append(november.id(), List.of(item(november, "Digital inclusion",
                ProtectiveMarking.OFFICIAL)));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    private static AgendaItem item(Meeting meeting, String title, ProtectiveMarking marking) {
        return new AgendaItem(0, meeting.id(), 0, title, ItemPurpose.DISCUSSION, null, null, 20, true,
                new CoverSheet("Ann Author", "", "What the paper says.", "", marking));
    }

    @Test
    void beforeThePackIsExportedTheSecretariatIsToldWhichPaperRaisedItsMarking() {
        String notice = new PackExporter(clock).markingNotice(workspace.data(), november);

        assertEquals("Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)01/02 Cloud hosting strategy refresh.",
                notice);
    }

    @Test
    void aPackWhoseContentsAreAllOfficialSaysNothingAboutItsMarking() {
        var plain = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 9, 24), LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));

        assertEquals("", new PackExporter(clock).markingNotice(workspace.data(), plain));
    }

    @Test
    void theDraftMinutesExportedAloneSayWhichPaperRaisedTheirMarking() {
        var notices = new ArrayList<String>();

        new DocumentExporter().export(workspace.data(), october, MeetingDocument.MINUTES, 0, folder, notices::add);

        assertEquals(List.of("Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)01/02 Cloud hosting strategy "
                + "refresh."), notices);
    }

    @Test
    void everyPageOfThePackAndOfTheDraftMinutesCarriesThePreviousPapersMarkingTopAndBottom() throws Exception {
        RenderedPages.assumeWanted();
        var pack = new PackExporter(clock).export(workspace.data(), november, november.date(),
                EnumSet.allOf(PackSection.class), folder, QUIET).pack();
        Path minutes = new DocumentExporter().export(workspace.data(), october, MeetingDocument.MINUTES, 0, folder);
        Path profile = folder.toAbsolutePath().resolve("lo-profile");

        for (Path document : List.of(pack, minutes)) {
            List<String> pages = RenderedPages.of(document, profile);
            assertFalse(pages.isEmpty(), document.toString());
            for (int i = 0; i < pages.size(); i++) {
                List<String> lines = RenderedPages.lines(pages.get(i));
                String where = document.getFileName() + ", page " + (i + 1) + ":\n" + pages.get(i);
                assertEquals(COMMERCIAL, lines.get(0), where);
                assertEquals(COMMERCIAL, lines.get(lines.size() - 1), where);
                assertTrue(lines.stream().noneMatch(line -> line.equals("OFFICIAL")), where);
            }
        }
    }
}
