package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.reports.boardpack.BoardPackWriter;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/** Stored text with characters XML forbids still gives files whose every part parses. */
class ControlCharactersInDocumentsTest {

    private static final String TITLE = "Launch\u0001 the \u000Bservice\uFFFF";

    @TempDir
    Path folder;

    @Test
    void aMilestoneTitleWithAControlCharacterGivesABoardPackThatOpens() throws Exception {
        Path pack = folder.resolve("pack.docx");
        try (OutputStream out = Files.newOutputStream(pack)) {
            new BoardPackWriter(new BundleTexts()).write(request(), out, ExportSteps.NONE);
        }
        assertDoesNotThrow(() -> OfficePartsCheck.verify(pack, pack));
    }

    @Test
    void aMilestoneTitleWithAControlCharacterGivesTrackersThatOpen() throws Exception {
        Path trackers = folder.resolve("trackers.xlsx");
        try (OutputStream out = Files.newOutputStream(trackers)) {
            new TrackerWorkbookWriter(new BundleTexts()).write(request(), out, ExportSteps.NONE);
        }
        assertDoesNotThrow(() -> OfficePartsCheck.verify(trackers, trackers));
    }

    private static uk.dln.secretariat.model.boardpack.PackRequest request() {
        return PackFixtures.request(EnumSet.allOf(PackSection.class), milestones -> milestones.add(
                PackFixtures.milestone(999 + milestones.get(0).roadmapId(), milestones.get(0).roadmapId(), TITLE,
                        PackFixtures.DATE.minusDays(20), PackFixtures.DATE.plusDays(40), DeliveryConfidence.RED)));
    }

}
