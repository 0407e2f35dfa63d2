package uk.dln.secretariat.reports.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.roadmaps.ConfidenceScale;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.TrackerFixtures;
import uk.dln.secretariat.reports.trackers.TrackerWorkbookWriter;

/** The trackers with every sheet open in LibreOffice: printed with the summary's numbers, and saved again. */
class TrackerRenderingTest {

    private static final Path FOLDER = Path.of("target", "office");
    private static Path xlsx;
    private static Path profile;

    @BeforeAll
    static void write() throws Exception {
        LibreOffice.assumeWanted();
        Files.createDirectories(FOLDER);
        xlsx = FOLDER.resolve("all-trackers.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new TrackerWorkbookWriter(new BundleTexts()).write(TrackerFixtures.everything(ConfidenceScale.THREE_POINT),
                    out, ExportSteps.NONE);
        }
        profile = FOLDER.toAbsolutePath().resolve("profile");
    }

    @Test
    void theSummaryPrintsItsCountsAndEveryPageTheMarking() throws Exception {
        List<String> pages = LibreOffice.pages(LibreOffice.toPdf(xlsx, profile));
        String summary = pages.get(0);
        for (String line : List.of("Red 3", "Amber/Red 1", "Amber 3", "Green 3", "Very high 3", "Medium 3",
                "Off track 5", "Live: open, in progress or proposed for closure 3", "of which overdue 2",
                "Closed 1", "All actions 4", "In progress 1")) {
            var pattern = Pattern.compile("(?m)^\\s*" + Pattern.quote(line.substring(0, line.lastIndexOf(' ')))
                    + "\\s+" + line.substring(line.lastIndexOf(' ') + 1) + "\\b");
            assertTrue(pattern.matcher(summary).find(), "'" + line + "' on the summary page:\n" + summary);
        }
        String all = String.join("\n", pages);
        assertTrue(all.contains("Due date") && all.contains("Baseline date"), "titled columns");
        for (String page : pages) {
            assertTrue(page.contains("OFFICIAL-SENSITIVE"), "a page without the marking:\n" + page);
        }
        assertTrue(!all.contains("Err:") && !all.contains("#NAME?") && !all.contains("#REF!"), "an error shows:\n" + all);
    }

    @Test
    void savedAgainByLibreOfficeTheFormulasStillCountTheTables() throws Exception {
        Path out = FOLDER.resolve("resaved");
        Files.createDirectories(out);
        run(List.of("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to",
                "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), xlsx.toString()));
        try (InputStream in = Files.newInputStream(out.resolve(xlsx.getFileName()));
             var workbook = new XSSFWorkbook(in)) {
            assertEquals(5, workbook.getNumberOfSheets());
            var summary = workbook.getSheet("Summary");
            int formulas = 0;
            for (var row : summary) {
                var count = row.getCell(1);
                if (count != null && count.getCellType() == CellType.FORMULA) {
                    formulas++;
                }
            }
            assertEquals(19, formulas, "the counts stay formulas");
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (var row : summary) {
                var count = row.getCell(1);
                if (count != null && count.getCellType() == CellType.FORMULA) {
                    assertEquals(count.getNumericCellValue(), evaluator.evaluate(count).getNumberValue(),
                            count.getCellFormula());
                }
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), command + ": " + new String(output, StandardCharsets.UTF_8));
    }
}
