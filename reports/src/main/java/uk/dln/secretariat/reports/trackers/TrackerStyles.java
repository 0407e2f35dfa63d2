package uk.dln.secretariat.reports.trackers;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles every tracker sheet shares, made once per workbook (Excel limits how many a file has). */
final class TrackerStyles {

    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle quotedText;
    final XSSFCellStyle date;
    final XSSFCellStyle integer;
    final XSSFCellStyle decimal;
    final XSSFCellStyle title;
    final XSSFCellStyle bold;

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

        date = top(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
        integer = top(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = top(workbook);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
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
