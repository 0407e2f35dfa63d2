package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;

/**
 * The trackers' rows are streamed through temporary files: every row must come back in order, far beyond the rows
 * kept in memory, under one Table, and no temporary file may outlive the export, written or failed.
 */
class TrackerWorkbookTest {

    /** Well beyond the hundred rows a streamed sheet keeps in memory. */
    private static final int EXTRA_ACTIONS = 450;

    @TempDir
    Path temporaries;

    @BeforeEach
    void temporariesHere() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporaries.toFile()));
    }

    @AfterEach
    void temporariesBack() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void everyRowComesBackInOrderUnderOneTableAndNoTemporaryFileIsLeft() throws IOException {
        var request = MeetingFixtures.request(EXTRA_ACTIONS);
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);

        var log = ActionLogEntry.inLogOrder(request.meeting().orElseThrow().actionLog(), request.date());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Actions");
            assertEquals(log.size(), sheet.getLastRowNum());
            for (int i = 0; i < log.size(); i++) {
                ActionLogEntry entry = log.get(i);
                assertEquals(entry.action().reference(), sheet.getRow(i + 1).getCell(0).getStringCellValue(),
                        "row " + (i + 2));
            }
            assertEquals(1, sheet.getTables().size());
            assertEquals("A1:M" + (log.size() + 1), sheet.getTables().get(0).getCTTable().getRef());
        }
        assertEquals(0, leftIn(temporaries));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThrows(IOException.class, () -> new TrackerWorkbookWriter(new BundleTexts())
                .write(MeetingFixtures.request(EXTRA_ACTIONS), full, ExportSteps.NONE));
        assertEquals(0, leftIn(temporaries));
    }

    private static long leftIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
