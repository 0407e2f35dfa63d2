package uk.dln.secretariat.app.boardpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;

class BoardPackMeetingChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private BoardPackViewModel viewModel;

    private static final FileOpener NO_DESKTOP = new FileOpener() {
        @Override
        public boolean isSupported() {
            return false;
        }

        @Override
        public void open(Path fileOrFolder) {
            throw new AssertionError("nothing to open on");
        }
    };

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        MeetingWorkspace.fill(workspaces.records().orElseThrow());
        viewModel = new BoardPackViewModel(workspaces, executor, CLOCK, NO_DESKTOP);
        viewModel.folderProperty().set(folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void theNextMeetingIsChosenAndThePackIsForItsDay() {
        assertEquals(List.of(MeetingWorkspace.NOVEMBER, MeetingWorkspace.OCTOBER),
                viewModel.meetings().stream().map(Meeting::date).toList());
        assertEquals(MeetingWorkspace.NOVEMBER, viewModel.meetingProperty().get().date());
        assertEquals(MeetingWorkspace.NOVEMBER, viewModel.dateProperty().get());
    }

    @Test
    void choosingAnotherMeetingMovesThePackToItsDayAndOffersItsPapers() {
        assertEquals(1, viewModel.papers().size());

        viewModel.meetingProperty().set(viewModel.meetings().get(1));

        assertEquals(MeetingWorkspace.OCTOBER, viewModel.dateProperty().get());
        assertTrue(viewModel.papers().isEmpty());
    }

    @Test
    void thePackIsWrittenForTheChosenMeeting() {
        viewModel.export();

        assertTrue(Files.isRegularFile(folder.resolve("Board pack 2026-11-26.docx")),
                viewModel.statusProperty().get());
    }

    @Test
    void theAgendaAndAPapersCoverSheetAreWrittenOnTheirOwn() {
        viewModel.exportDocument(MeetingDocument.AGENDA);
        assertEquals(folder.resolve("Agenda 2026-11-26.docx"), viewModel.documentProperty().get());

        viewModel.exportDocument(MeetingDocument.COVER_SHEET);

        assertEquals(folder.resolve("Cover sheet DLN(26)02-01.docx"), viewModel.documentProperty().get());
        assertTrue(Files.isRegularFile(viewModel.documentProperty().get()));
        assertTrue(viewModel.statusProperty().get().startsWith("Saved Cover sheet"), viewModel.statusProperty().get());
    }

    @Test
    void minutesAreOfferedOnlyForAMeetingThatHasBeenHeld() {
        assertFalse(viewModel.minutesAvailableProperty().get());
    }

    @Test
    void theMinutesOfTheChosenMeetingAreWrittenForApproval() {
        var meetings = workspaces.records().orElseThrow().meetings();
        long october = viewModel.meetings().get(1).id();
        meetings.moveTo(october, MeetingStatus.PAPERS_ISSUED);
        meetings.moveTo(october, MeetingStatus.HELD);
        viewModel.reload();
        viewModel.meetingProperty().set(viewModel.meetings().get(1));

        viewModel.exportDocument(MeetingDocument.MINUTES);

        assertEquals(folder.resolve("Draft minutes 2026-10-22.docx"), viewModel.documentProperty().get());
    }

    @Test
    void minutesOfAMeetingNotYetHeldAreRefusedWithAMessage() {
        viewModel.meetingProperty().set(viewModel.meetings().get(1));

        viewModel.exportDocument(MeetingDocument.MINUTES);

        assertNull(viewModel.documentProperty().get());
        assertTrue(viewModel.statusProperty().get().contains("has not been held yet"),
                viewModel.statusProperty().get());
    }

    @Test
    void beforeExportingTheViewSaysWhichPaperOfThePreviousMeetingRaisedThePacksMarking() {
        long october = viewModel.meetings().get(1).id();
        workspaces.records().orElseThrow().agenda().append(october, List.of(new AgendaItem(0, october, 0,
                "Cloud hosting strategy refresh", ItemPurpose.DECISION, null, null, 20, true, new CoverSheet("", "",
                "", "", ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL")))));

        viewModel.meetingProperty().set(null);
        viewModel.meetingProperty().set(viewModel.meetings().get(0));

        assertEquals("Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)01/01 Cloud hosting strategy refresh.",
                viewModel.markingNoticeProperty().get());
    }
}
