package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Shared strings looked up by their text: the same workbook as POI's own, string for string and byte for byte. */
class PlainTextSharedStringsTest {

    /** Repeats, spaces to keep, line breaks, markup characters, Welsh, and a rich string with a plain twin. */
    private static final List<String> TEXTS = List.of("Green", "Amber", "Green", "  leading", "trailing  ", "Green",
            "two\nlines", "<b>&amp;</b>", "Cynllun gweithredu", "", "Amber", "Ôl-groniad");

    private static XSSFWorkbook filled(XSSFWorkbook workbook) {
        var sheet = workbook.createSheet("Strings");
        for (int i = 0; i < TEXTS.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(TEXTS.get(i));
        }
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        var rich = new XSSFRichTextString("Green");
        rich.applyFont(0, 2, bold);
        sheet.createRow(TEXTS.size()).createCell(0).setCellValue(rich);
        return workbook;
    }

    private static byte[] written(XSSFWorkbook workbook) throws Exception {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        InMemoryDocuments.release(workbook);
        return out.toByteArray();
    }

    private static byte[] part(byte[] xlsx, String name) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("No part " + name);
    }

    @Test
    void aNewWorkbookSharesItsStringsThroughThem() {
        var workbook = PlainTextSharedStrings.newWorkbook();

        assertInstanceOf(PlainTextSharedStrings.class, workbook.getSharedStringSource());
    }

    @Test
    void theSharedStringsPartIsPoisOwnByteForByte() throws Exception {
        byte[] ours = written(filled(PlainTextSharedStrings.newWorkbook()));
        byte[] pois = written(filled(new XSSFWorkbook()));

        assertArrayEquals(part(pois, "xl/sharedStrings.xml"), part(ours, "xl/sharedStrings.xml"));
        assertArrayEquals(part(pois, "xl/worksheets/sheet1.xml"), part(ours, "xl/worksheets/sheet1.xml"));
    }

    @Test
    void eachTextIsSharedOnceAndReadsBackAsWritten() throws Exception {
        byte[] xlsx = written(filled(PlainTextSharedStrings.newWorkbook()));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertEquals(TEXTS.get(i), sheet.getRow(i).getCell(0).getStringCellValue(), "row " + (i + 1));
            }
            var rich = sheet.getRow(TEXTS.size()).getCell(0).getRichStringCellValue();
            assertEquals("Green", rich.getString());
            assertEquals(2, rich.numFormattingRuns(), "the rich string is not taken for its plain twin");
            // 9 distinct plain texts and the rich one.
            assertEquals(10, workbook.getSharedStringSource().getUniqueCount());
        }
    }
}
