package uk.dln.secretariat.reports.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.MeetingFixtures;

class TrackerSummaryTest {

    @Test
    void theActionCountsAddUpToTheNumberOfActionsWithOverdueOnlyAsAnOfWhichLine() throws IOException {
        var request = MeetingFixtures.request(0);
        var out = new ByteArrayOutputStream();
        new TrackerWorkbookWriter(new BundleTexts()).write(request, out, ExportSteps.NONE);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var lines = actionLines(workbook.getSheet("Summary"));
            long total = lines.stream().filter(l -> !l.word().startsWith("of which") && !l.word().equals("All actions"))
                    .mapToLong(Line::count).sum();
            assertEquals(request.meeting().orElseThrow().actionLog().size(), total, lines.toString());
        }
    }

    private record Line(String word, long count) {
    }

    /** The lines of the first block on the summary that is about actions, down to the blank row after it. */
    private static List<Line> actionLines(XSSFSheet summary) {
        var lines = new ArrayList<Line>();
        boolean inBlock = false;
        for (int r = 0; r <= summary.getLastRowNum(); r++) {
            var row = summary.getRow(r);
            var first = row == null ? null : row.getCell(0);
            if (first == null || first.getCellType() != CellType.STRING || first.getStringCellValue().isBlank()) {
                if (inBlock) {
                    break;
                }
                continue;
            }
            String word = first.getStringCellValue().strip();
            if (!inBlock) {
                inBlock = word.startsWith("Actions");
                continue;
            }
            lines.add(new Line(word, (long) row.getCell(1).getNumericCellValue()));
        }
        return lines;
    }
}
