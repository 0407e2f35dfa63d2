package uk.dln.secretariat.reports.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * The rules Excel's accessibility checker applies to a workbook, read from its XML: sheet names say what the sheet
 * holds; a sheet of data is an Excel Table with a header row; charts and pictures have alternative text; no data cell
 * is merged. The trackers' tests hold the writer to them.
 *
 * <p>A sheet is one of data when some row of it has three or more filled cells: a grid that a screen reader needs
 * header cells to read. A sheet of label and value pairs, like the trackers' summary, is read line by line.
 */
public final class WorkbookRules {

    /** What the checker looks for; each finding names one. */
    public enum Rule {
        SHEET_NAME_NOT_MEANINGFUL,
        DATA_NOT_IN_A_TABLE,
        TABLE_WITHOUT_HEADER_ROW,
        CHART_WITHOUT_ALT_TEXT,
        MERGED_DATA_CELLS
    }

    /** @param where the sheet, and the cell, table or shape: "Risks!A1:C4", "Summary: chart 'Chart 1'" */
    public record Finding(Rule rule, String where) {
    }

    /** The names Excel and LibreOffice give new sheets, in the languages a network is likely to open them in. */
    private static final Pattern DEFAULT_NAME =
            Pattern.compile("(?iu)\\s*(sheet|feuil|tabelle|hoja|foglio|blad|planilha|arkusz)\\s*\\d*\\s*");
    private static final int GRID_CELLS = 3;

    private final List<Finding> findings = new ArrayList<>();

    private WorkbookRules() {
    }

    public static List<Finding> check(InputStream xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(xlsx)) {
            return check(workbook);
        }
    }

    public static List<Finding> check(XSSFWorkbook workbook) {
        var rules = new WorkbookRules();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            rules.name(sheet);
            rules.tables(sheet);
            rules.gridInTables(sheet);
            rules.merged(sheet);
            rules.shapes(sheet);
        }
        return List.copyOf(rules.findings);
    }

    private void name(XSSFSheet sheet) {
        if (sheet.getSheetName().isBlank() || DEFAULT_NAME.matcher(sheet.getSheetName()).matches()) {
            findings.add(new Finding(Rule.SHEET_NAME_NOT_MEANINGFUL, sheet.getSheetName()));
        }
    }

    /** Each Table has a header row, and every cell of it says what its column holds. */
    private void tables(XSSFSheet sheet) {
        for (XSSFTable table : sheet.getTables()) {
            String where = sheet.getSheetName() + ": table " + table.getName();
            if (table.getHeaderRowCount() < 1) {
                findings.add(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, where));
                continue;
            }
            Row header = sheet.getRow(table.getStartRowIndex());
            for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                if (isBlank(header == null ? null : header.getCell(c))) {
                    findings.add(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, where));
                    break;
                }
            }
        }
    }

    /** A row of a grid (three or more filled cells) lies inside a Table, whose header row names its columns. */
    private void gridInTables(XSSFSheet sheet) {
        for (Row row : sheet) {
            int filled = 0;
            int first = -1;
            for (Cell cell : row) {
                if (!isBlank(cell)) {
                    filled++;
                    first = first < 0 ? cell.getColumnIndex() : first;
                }
            }
            if (filled >= GRID_CELLS && tableAt(sheet, row.getRowNum(), first) == null) {
                findings.add(new Finding(Rule.DATA_NOT_IN_A_TABLE, sheet.getSheetName() + "!row "
                        + (row.getRowNum() + 1)));
                return;
            }
        }
    }

    /** No merged cells within a Table: a screen reader loses its place in them, and sorting and filtering break. */
    private void merged(XSSFSheet sheet) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            boolean inTable = sheet.getTables().stream().anyMatch(t -> region.intersects(new CellRangeAddress(
                    t.getStartRowIndex(), t.getEndRowIndex(), t.getStartColIndex(), t.getEndColIndex())));
            if (inTable) {
                findings.add(new Finding(Rule.MERGED_DATA_CELLS,
                        sheet.getSheetName() + "!" + region.formatAsString()));
            }
        }
    }

    /** Charts and pictures carry a description, which is what a screen reader says for them. */
    private void shapes(XSSFSheet sheet) {
        var drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        for (XSSFShape shape : drawing.getShapes()) {
            CTNonVisualDrawingProps properties = shape instanceof XSSFGraphicFrame frame
                    ? frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
                    : shape instanceof XSSFPicture picture ? picture.getCTPicture().getNvPicPr().getCNvPr() : null;
            if (properties != null && (properties.getDescr() == null || properties.getDescr().isBlank())) {
                findings.add(new Finding(Rule.CHART_WITHOUT_ALT_TEXT,
                        sheet.getSheetName() + ": '" + properties.getName() + "'"));
            }
        }
    }

    private static XSSFTable tableAt(XSSFSheet sheet, int row, int column) {
        for (XSSFTable table : sheet.getTables()) {
            var area = new AreaReference(table.getStartCellReference(), table.getEndCellReference(),
                    sheet.getWorkbook().getSpreadsheetVersion());
            var first = area.getFirstCell();
            var last = area.getLastCell();
            if (row >= first.getRow() && row <= last.getRow() && column >= first.getCol()
                    && column <= last.getCol()) {
                return table;
            }
        }
        return null;
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }
}
