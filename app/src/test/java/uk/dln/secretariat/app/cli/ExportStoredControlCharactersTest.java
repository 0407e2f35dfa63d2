package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.export.MeetingWorkspace;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.settings.NetworkSettings;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.reports.OfficePartsCheck;

/** Stored text with a control character: export succeeds and what it wrote opens. */
class ExportStoredControlCharactersTest {

    @TempDir
    Path folder;

    @Test
    void aControlCharacterInTheStoredNetworkNameAndMeetingGivesAPackWhosePartsAllParse() throws Exception {
        Path file = folder.resolve("w.secretariat");
        try (var workspace = Workspace.open(file)) {
            Meeting november = MeetingWorkspace.fill(workspace.data());
            workspace.meetings().save(new Meeting(november.id(), november.number(), november.date(),
                    LocalTime.of(10, 0), 120, "10 Whitehall\u0001", "", null, november.kind(), november.status(),
                    ProtectiveMarking.OFFICIAL));
            var settings = workspace.settings().load();
            workspace.settings().save(new NetworkSettings("Digital Leaders\u0001 Network",
                    settings.paperReferencePrefix(), settings.defaultMarking(), settings.confidenceScale(),
                    settings.slippageThresholdDays(), settings.closingUpdateRequired()));
        }
        Path out = folder.resolve("out");
        var err = new StringWriter();

        int status = SecretariatCommand.commandLine(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("-w", file.toString(), "export", "--meeting", "2026-11-26",
                "--out", out.toString());

        assertEquals(ExitCodes.OK, status, err.toString());
        List<Path> written;
        try (var files = Files.list(out)) {
            written = files.sorted().toList();
        }
        assertEquals(List.of(out.resolve("Board pack 2026-11-26.docx"), out.resolve("Trackers 2026-11-26.xlsx")),
                written);
        for (Path exported : written) {
            OfficePartsCheck.verify(exported, exported);
        }
    }

    @Test
    void everyRefusalOfAnExportedFileExitsWithTheExportStatus() {
        for (String key : List.of("pack.error.diskFull", "pack.error.unreadablePart", "pack.error.notAPackage",
                "pack.error.write")) {
            assertEquals(ExitCodes.EXPORT_FAILED, ExitCodes.of(new uk.dln.secretariat.model.SecretariatException(key,
                    "Board pack.docx", "word/document.xml", "detail")), key);
        }
    }
}
