package uk.dln.secretariat.reports.trackers;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.reports.InMemoryDocuments;
import uk.dln.secretariat.reports.ReportTexts;
import uk.dln.secretariat.reports.XmlText;

/**
 * A tracker workbook whose rows are streamed (POI's SXSSF) while its Tables, chart, styles and print set-up are
 * POI's ordinary ones. A row kept as XML objects until the end cost more than the rest of the export put together at
 * a decade's scale (docs/benchmarks.md, decision 0055); a streamed row is written out as plain XML once a hundred
 * newer rows exist. Text is written in the cell itself (an inline string) rather than in a table shared by the
 * workbook, which Excel and LibreOffice read alike. A sheet's rows are written top to bottom, and only the last
 * hundred can be reached again.
 */
final class TrackerWorkbook {

    private final SXSSFWorkbook streamed;

    TrackerWorkbook() {
        // Temporary row files uncompressed: they live for one export, and deflating them twice would cost time.
        this.streamed = new SXSSFWorkbook(new XSSFWorkbook(), SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false);
    }

    /** The workbook that holds the styles, defined names, properties, Tables and drawings. */
    XSSFWorkbook whole() {
        return streamed.getXSSFWorkbook();
    }

    /** A new sheet at the end, its name made safe for Excel (no list separator, nothing a sheet name may not hold). */
    SXSSFSheet newSheet(String name) {
        return streamed.createSheet(WorkbookUtil.createSafeSheetName(
                XmlText.clean(name).replace(ReportTexts.SEPARATOR, " - ")));
    }

    /** The ordinary sheet behind a streamed one, for what only it can hold: a Table, a chart. */
    XSSFSheet whole(Sheet sheet) {
        return whole().getSheet(sheet.getSheetName());
    }

    void setForceFormulaRecalculation(boolean value) {
        streamed.setForceFormulaRecalculation(value);
    }

    void write(OutputStream out) throws IOException {
        streamed.write(out);
    }

    /** Deletes the rows' temporary files and lets the workbook go without saving it again. */
    void release() {
        streamed.dispose();
        InMemoryDocuments.release(whole());
    }
}
