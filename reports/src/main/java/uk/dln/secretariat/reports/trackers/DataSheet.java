package uk.dln.secretariat.reports.trackers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFTable;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * One tracker sheet holding one Excel Table (a named list the summary's formulas count over, with its own filter
 * buttons): a header row and the first column frozen, typed cells (real dates and numbers, blank where there is no
 * value), user text guarded against formula injection, rows tall enough for their wrapped text, drop-down lists on
 * status columns, rating colours that keep the word, and print set-up (A4 landscape, fit to width, header row on
 * every page, marking at top and bottom).
 */
final class DataSheet {

    /** Rows below the data that still get the drop-down lists, so a returned tracker can gain rows. */
    private static final int SPARE_ROWS = 200;

    /** @param width in characters */
    record Column(String heading, int width) {
    }

    private final TrackerWorkbook workbook;
    private final SXSSFSheet sheet;
    private final TrackerStyles styles;
    private final List<Column> columns;
    private final String tableName;
    private int nextRow = 1;

    /** @param tableName the Table's name, which formulas use: fixed, whatever the language of the sheet's name */
    DataSheet(TrackerWorkbook workbook, TrackerStyles styles, String name, String tableName, List<Column> columns) {
        this.workbook = workbook;
        this.sheet = workbook.newSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.tableName = tableName;
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(XmlText.clean(columns.get(i).heading()));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
            // Bold headings run wider than the estimate's plain text.
            lines = Math.max(lines, RowHeights.lines(columns.get(i).heading(), columns.get(i).width() - 1));
        }
        header.setHeightInPoints(RowHeights.points(lines));
        // The first column names the row (reference or organisation), so it stays in view when scrolling across.
        sheet.createFreezePane(1, 1);
    }

    String tableName() {
        return tableName;
    }

    /** A structured reference to a column's data, e.g. {@code Actions[Status]}, for formulas over the Table. */
    String column(int index) {
        // Inside a structured reference, [ ] # and ' are escaped with a '.
        return tableName + "[" + columns.get(index).heading().replaceAll("([\\[\\]#'])", "'$1") + "]";
    }

    /** A new data row to fill from the left. */
    RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++));
    }

    /** A drop-down list of the words a column may hold, refusing anything else. */
    void listValidation(int column, List<String> words) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(words.toArray(String[]::new));
        var range = new CellRangeAddressList(1, lastRow() + SPARE_ROWS, column, column);
        DataValidation validation = helper.createValidation(constraint, range);
        // POI's naming is inverted: for XSSF, "suppress" true is what shows the arrow.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        sheet.addValidationData(validation);
    }

    /** Colours a column's cells by the word they hold; the word itself stays, so colour never stands alone. */
    void ratingColours(int column, Map<String, RagPalette.Swatch> words) {
        var formatting = sheet.getSheetConditionalFormatting();
        var range = new CellRangeAddress[] {new CellRangeAddress(1, lastRow() + SPARE_ROWS, column, column)};
        words.forEach((word, swatch) -> {
            var rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + word.replace("\"", "\"\"") + "\"");
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(rgb(swatch.fill()));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            var font = rule.createFontFormatting();
            font.setFontColor(rgb(swatch.text()));
            font.setFontStyle(false, true);
            formatting.addConditionalFormatting(range, rule);
        });
    }

    /** Makes the rows a Table and sets up printing once every row is in. */
    void finish(String marking, Texts texts) {
        table();
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        markPages(sheet, marking, texts);
    }

    /**
     * The header and data as a Table with its own filter buttons (a sheet-level filter over the same cells as well
     * would make Excel repair the file). A Table needs a data row, so an empty list keeps one empty row.
     */
    private void table() {
        var area = new AreaReference(new CellReference(0, 0), new CellReference(Math.max(1, lastRow()),
                columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        // A Table is a part of its own, kept on the ordinary sheet behind the streamed rows.
        XSSFTable table = workbook.whole(sheet).createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        var ct = table.getCTTable();
        for (int i = 0; i < columns.size(); i++) {
            // Excel requires each Table column's name to be its header cell's text, exactly.
            ct.getTableColumns().getTableColumnArray(i).setName(XmlText.clean(columns.get(i).heading()));
        }
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(area.formatAsString());
        var style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** The marking at the top and bottom of every printed page, with "Page X of Y", on A4. */
    static void markPages(Sheet sheet, String marking, Texts texts) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        String escaped = XmlText.clean(marking).replace("&", "&&");
        // Excel's header codes: &B bold, &P page number, &N number of pages.
        sheet.getHeader().setCenter("&B" + escaped);
        sheet.getFooter().setCenter("&B" + escaped);
        sheet.getFooter().setRight(texts.get("pack.footer.page", "&P", "&N"));
    }

    private int lastRow() {
        return nextRow - 1;
    }

    static XSSFColor rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new XSSFColor(new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value}, null);
    }

    /**
     * Fills one row left to right with typed cells. A missing value leaves the cell blank: no empty text, dash or
     * zero that a filter, a count or a sum would take for a value.
     */
    final class RowWriter {
        private final Row row;
        private int column;
        private int lines = 1;

        private RowWriter(Row row) {
            this.row = row;
        }

        /** Text as typed; text that could be read as a formula is kept as text (see {@link SafeText}). */
        RowWriter text(String value) {
            Cell cell = next(styles.text);
            String text = XmlText.clean(value);
            if (text != null && !text.isEmpty()) {
                cell.setCellValue(text);
                if (SafeText.looksLikeFormula(text)) {
                    cell.setCellStyle(styles.quotedText);
                }
                int width = columns.get(cell.getColumnIndex()).width();
                int needed = RowHeights.lines(text, width);
                if (needed > lines) {
                    lines = needed;
                    row.setHeightInPoints(RowHeights.points(lines));
                }
            }
            return this;
        }

        RowWriter date(LocalDate value) {
            Cell cell = next(styles.date);
            if (value != null) {
                cell.setCellValue(value);
            }
            return this;
        }

        RowWriter integer(long value) {
            next(styles.integer).setCellValue(value);
            return this;
        }

        /** A whole number, or a blank cell. */
        RowWriter integer(Long value) {
            Cell cell = next(styles.integer);
            if (value != null) {
                cell.setCellValue(value);
            }
            return this;
        }

        /** A number shown with so many decimal places (the same for a whole row's values), or a blank cell. */
        RowWriter number(BigDecimal value, int places) {
            Cell cell = next(styles.number(places));
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /**
         * A formula over cells of this row, with its value worked out here, so that a reader that does not
         * recalculate (a preview, a converter) shows the right number too.
         */
        RowWriter formula(String formula, long value) {
            Cell cell = next(styles.integer);
            cell.setCellFormula(formula);
            cell.setCellValue(value);
            return this;
        }

        /** This row's cell reference in a column, e.g. {@code D7}, for formulas across the row. */
        String at(int columnIndex) {
            return new CellReference(row.getRowNum(), columnIndex).formatAsString(false);
        }

        private Cell next(XSSFCellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }
    }
}
