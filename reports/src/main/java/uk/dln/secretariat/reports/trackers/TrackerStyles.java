package uk.dln.secretariat.reports.trackers;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles every tracker sheet shares, made once per workbook (Excel limits how many a file has).
 *
 * <p>Number formats never end in an optional decimal part such as {@code #,##0.##}: Excel prints a whole number in
 * that format with a trailing point ("12."). Whole numbers get {@code #,##0}; a value with decimals gets a format
 * with exactly as many places as it needs, see {@link #number(int)}.
 */
final class TrackerStyles {

    /** The most decimal places a tracker shows; indicator values are entered with no more than this. */
    static final int MOST_DECIMALS = 3;
    static final String WHOLE_NUMBER = "#,##0";

    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle quotedText;
    final XSSFCellStyle date;
    final XSSFCellStyle integer;
    final XSSFCellStyle title;
    final XSSFCellStyle bold;
    final XSSFCellStyle ofWhich;
    final XSSFCellStyle total;
    final XSSFCellStyle totalCount;
    private final List<XSSFCellStyle> numbers = new ArrayList<>();

    TrackerStyles(XSSFWorkbook workbook) {
        XSSFFont boldFont = workbook.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF3, (byte) 0xF2, (byte) 0xF1}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.MEDIUM);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);

        var formats = workbook.createDataFormat();
        date = top(workbook);
        date.setDataFormat(formats.getFormat("d mmm yyyy"));
        for (int places = 0; places <= MOST_DECIMALS; places++) {
            XSSFCellStyle number = top(workbook);
            number.setDataFormat(formats.getFormat(numberFormat(places)));
            numbers.add(number);
        }
        integer = numbers.get(0);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        ofWhich = workbook.createCellStyle();
        ofWhich.cloneStyleFrom(text);
        ofWhich.setIndention((short) 2);
        total = workbook.createCellStyle();
        total.cloneStyleFrom(bold);
        total.setBorderTop(BorderStyle.THIN);
        totalCount = workbook.createCellStyle();
        totalCount.cloneStyleFrom(integer);
        totalCount.setFont(boldFont);
        totalCount.setBorderTop(BorderStyle.THIN);
    }

    /** {@code #,##0} for whole numbers, {@code #,##0.0} for one place and so on: never a bare trailing point. */
    static String numberFormat(int places) {
        return places <= 0 ? WHOLE_NUMBER : WHOLE_NUMBER + "." + "0".repeat(places);
    }

    /** The style for numbers shown with so many decimal places (at most {@link #MOST_DECIMALS}). */
    XSSFCellStyle number(int places) {
        return numbers.get(Math.max(0, Math.min(MOST_DECIMALS, places)));
    }

    private static XSSFCellStyle top(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    static boolean isQuoted(CellStyle style) {
        return style.getQuotePrefixed();
    }
}
