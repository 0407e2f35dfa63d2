package uk.dln.secretariat.reports.trackers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * One tracker sheet: a header row frozen at the top with an autofilter, typed cells (real dates and numbers), user
 * text guarded against formula injection, drop-down lists on status columns, rating colours that keep the word, and
 * print set-up (A4 landscape, fit to width, header row on every page, marking at top and bottom).
 */
final class DataSheet {

    /** Rows below the data that still get the drop-down lists, so a returned tracker can gain rows. */
    private static final int SPARE_ROWS = 200;

    /** @param width in characters */
    record Column(String heading, int width) {
    }

    private final XSSFSheet sheet;
    private final TrackerStyles styles;
    private final List<Column> columns;
    private int nextRow = 1;

    DataSheet(XSSFWorkbook workbook, TrackerStyles styles, String name, List<Column> columns) {
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(XmlText.clean(name)));
        this.styles = styles;
        this.columns = List.copyOf(columns);
        XSSFRow header = sheet.createRow(0);
        // Room for two lines: headings wrap, and spreadsheets do not grow a row for wrapped text they did not type.
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = header.createCell(i);
            cell.setCellValue(XmlText.clean(columns.get(i).heading()));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    XSSFSheet sheet() {
        return sheet;
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

    /** Freezes, filters and sets up printing once every row is in. */
    void finish(String marking, Texts texts) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow()), 0, columns.size() - 1));
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

    /** The marking at the top and bottom of every printed page, with "Page X of Y". */
    static void markPages(XSSFSheet sheet, String marking, Texts texts) {
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

    /** Fills one row left to right with typed cells. */
    final class RowWriter {
        private final XSSFRow row;
        private int column;

        private RowWriter(XSSFRow row) {
            this.row = row;
        }

        /** Text as typed; text that could be read as a formula is kept as text (see {@link SafeText}). */
        RowWriter text(String value) {
            XSSFCell cell = row.createCell(column++);
            String text = XmlText.clean(value);
            cell.setCellValue(text);
            cell.setCellStyle(SafeText.looksLikeFormula(text) ? styles.quotedText : styles.text);
            return this;
        }

        RowWriter date(LocalDate value) {
            XSSFCell cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(styles.date);
            return this;
        }

        RowWriter integer(long value) {
            XSSFCell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.integer);
            return this;
        }

        RowWriter decimal(BigDecimal value) {
            XSSFCell cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            cell.setCellStyle(styles.decimal);
            return this;
        }
    }
}
