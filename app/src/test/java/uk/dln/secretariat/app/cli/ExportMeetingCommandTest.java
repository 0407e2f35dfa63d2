package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingChoice;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.Workspace;

class ExportMeetingCommandTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();
    private Path file;
    private Path out;
    private Meeting november;

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @BeforeEach
    void workspaceWithMeetings() {
        file = folder.resolve("meetings.secretariat");
        try (var workspace = Workspace.open(file)) {
            november = MeetingWorkspace.fill(workspace.data());
        }
        out = folder.resolve("out");
    }

    @Test
    void exportForAMeetingByDateWritesItsPackAndTrackers() {
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--out",
                out.toString()));

        assertTrue(Files.isRegularFile(out.resolve("Board pack 2026-11-26.docx")), err.toString());
        assertTrue(Files.isRegularFile(out.resolve("Trackers 2026-11-26.xlsx")));
    }

    @Test
    void exportForAMeetingByIdWritesTheAgendaAlone() {
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", String.valueOf(november.id()),
                "--document", "agenda", "--out", out.toString()));

        assertTrue(Files.isRegularFile(out.resolve("Agenda 2026-11-26.docx")), err.toString());
        assertTrue(err.toString().contains("Wrote "), err.toString());
    }

    @Test
    void aPapersCoverSheetIsNamedByItsReferenceWithoutTheSlash() {
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--document",
                "cover_sheet", "--paper", "1", "--out", out.toString()));

        assertTrue(Files.isRegularFile(out.resolve("Cover sheet DLN(26)02-01.docx")), err.toString());
    }

    @Test
    void draftMinutesAreExportedForApprovalUnderADraftName() {
        try (var workspace = Workspace.open(file)) {
            var october = MeetingChoice.find(workspace.meetings().findAll(), "2026-10-22");
            workspace.meetings().moveTo(october.id(), MeetingStatus.PAPERS_ISSUED);
            workspace.meetings().moveTo(october.id(), MeetingStatus.HELD);
        }
        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-10-22", "--document",
                "minutes", "--out", out.toString()));

        assertTrue(Files.isRegularFile(out.resolve("Draft minutes 2026-10-22.docx")), err.toString());
    }

    @Test
    void aDayWithoutAMeetingIsRefusedNamingTheDay() {
        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "export", "--meeting", "2026-12-01",
                "--out", out.toString()));

        assertTrue(err.toString().contains("There is no meeting on 2026-12-01"), err.toString());
    }

    @Test
    void aCoverSheetWithoutAPaperNumberSaysWhichOptionIsMissing() {
        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "export", "--meeting", "2026-11-26",
                "--document", "cover_sheet", "--out", out.toString()));

        assertTrue(err.toString().contains("--paper"), err.toString());
    }

    @Test
    void draftMinutesOfAMeetingNotYetHeldAreRefusedSayingWhy() {
        assertEquals(ExitCodes.INVALID_INPUT, run("-w", file.toString(), "export", "--meeting", "2026-10-22",
                "--document", "minutes", "--out", out.toString()));

        assertTrue(err.toString().contains("has not been held yet"), err.toString());
        assertFalse(Files.exists(out.resolve("Draft minutes 2026-10-22.docx")));
    }

    @Test
    void theCommandLineSaysWhichPaperRaisedThePacksMarking() {
        try (var workspace = Workspace.open(file)) {
            var october = MeetingChoice.find(workspace.meetings().findAll(), "2026-10-22");
            workspace.agenda().append(october.id(), List.of(new AgendaItem(0, october.id(), 0,
                    "Cloud hosting strategy refresh", ItemPurpose.DECISION, null, null, 20, true,
                    new CoverSheet("", "", "", "", ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL")))));
        }

        assertEquals(ExitCodes.OK, run("-w", file.toString(), "export", "--meeting", "2026-11-26", "--out",
                out.toString()));

        assertTrue(err.toString().contains("Marked OFFICIAL-SENSITIVE COMMERCIAL because of DLN(26)01/01 Cloud "
                + "hosting strategy refresh."), err.toString());
    }
}
