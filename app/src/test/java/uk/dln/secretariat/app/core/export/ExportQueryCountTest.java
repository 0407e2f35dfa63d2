package uk.dln.secretariat.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.generate.DecadeGenerator;
import uk.dln.secretariat.model.boardpack.MeetingDocument;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.Workspace;

/**
 * An export reads what it needs with a fixed number of statements, whatever the workspace's size: the same at three
 * times the records. A query per roadmap, indicator, agenda item or meeting would make the larger count higher.
 */
class ExportQueryCountTest {

    private static final double SMALL = 0.02;
    private static final double LARGER = 0.06;

    /** Shared by the tests, so each size of the decade is generated once. */
    @TempDir
    static Path folder;

    @Test
    void theWholePackIsReadWithAsManyStatementsAtThreeTimesTheSize() {
        assertSameAtBothSizes("pack", workspace -> {
            Meeting meeting = latest(workspace);
            new PackExporter().export(workspace.data(), meeting, meeting.date(), EnumSet.allOf(PackSection.class),
                    out("pack", workspace), Progress.none());
        });
    }

    @Test
    void theSelfAssessmentAloneIsReadWithAsManyStatementsAtThreeTimesTheSize() {
        assertSameAtBothSizes("self-assessment", workspace -> {
            Meeting meeting = latest(workspace);
            var written = new PackExporter().export(workspace.data(), meeting, meeting.date(),
                    EnumSet.of(PackSection.SELF_ASSESSMENT), out("self-assessment", workspace), Progress.none());
            // The reads counted are real ones: the pack carries a round of the generated ratings, the trackers them.
            try (var pack = new XWPFDocument(Files.newInputStream(written.pack()));
                 var trackers = new XSSFWorkbook(Files.newInputStream(written.trackers()))) {
                assertTrue(pack.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                        && p.getText().startsWith("Toolkit self-assessment: ")), "a round in the pack");
                assertTrue(trackers.getSheet("Ratings").getLastRowNum() > 0, "ratings in the trackers");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theAgendaAloneIsReadWithAsManyStatementsAtThreeTimesTheSize() {
        assertSameAtBothSizes("agenda", workspace -> new DocumentExporter().export(workspace.data(), latest(workspace),
                MeetingDocument.AGENDA, 0, out("agenda", workspace)));
    }

    @Test
    void theMinutesAloneAreReadWithAsManyStatementsAtThreeTimesTheSize() {
        assertSameAtBothSizes("minutes", workspace -> new DocumentExporter().export(workspace.data(), latest(workspace),
                MeetingDocument.MINUTES, 0, out("minutes", workspace)));
    }

    private void assertSameAtBothSizes(String export, Export work) {
        long small = statements(SMALL, work);
        long larger = statements(LARGER, work);
        assertTrue(small > 0, "the export read nothing");
        assertEquals(small, larger, export + ": statements at " + SMALL + " and " + LARGER + " of the decade");
    }

    private long statements(double scale, Export work) {
        Path file = folder.resolve("decade-" + scale + ".secretariat");
        if (!file.toFile().exists()) {
            new DecadeGenerator(scale, 1).generate(file);
        }
        try (var workspace = Workspace.open(file)) {
            long before = workspace.statementsRun();
            work.run(workspace);
            return workspace.statementsRun() - before;
        }
    }

    /** A new folder for one export from one workspace. */
    private static Path out(String export, Workspace workspace) {
        try {
            return Files.createDirectories(folder.resolve(export + "-" + workspace.file().getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Meeting latest(Workspace workspace) {
        return workspace.meetings().findAll().stream().max(Comparator.comparing(Meeting::date)).orElseThrow();
    }

    @FunctionalInterface
    private interface Export {
        void run(Workspace workspace);
    }
}
