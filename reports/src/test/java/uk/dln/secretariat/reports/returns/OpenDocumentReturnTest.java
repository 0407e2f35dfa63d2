package uk.dln.secretariat.reports.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.returns.ReturnProblem;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.pdf.LibreOffice;

/** .ods returns are recognised by their content; without LibreOffice they are refused with a message naming them. */
class OpenDocumentReturnTest {

    @TempDir
    Path folder;

    private final String before = System.getProperty(LibreOffice.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(LibreOffice.PROPERTY);
        } else {
            System.setProperty(LibreOffice.PROPERTY, before);
        }
    }

    @Test
    void anOpenDocumentSpreadsheetIsKnownByItsContentNotItsName() throws Exception {
        Path ods = openDocument(folder.resolve("Return-DWP.xlsx"), "application/vnd.oasis.opendocument.spreadsheet");
        Path text = openDocument(folder.resolve("Letter.ods"), "application/vnd.oasis.opendocument.text");
        Path xlsx = folder.resolve("Return.ods");
        new ReturnWorkbookWriter(new BundleTexts()).write(ReturnSamples.dwp(), xlsx);
        assertTrue(OpenDocumentReturn.isSpreadsheet(ods));
        assertFalse(OpenDocumentReturn.isSpreadsheet(text));
        assertFalse(OpenDocumentReturn.isSpreadsheet(xlsx), "an Excel workbook, whatever its name");
        Files.writeString(folder.resolve("plain.ods"), "not a zip");
        assertFalse(OpenDocumentReturn.isSpreadsheet(folder.resolve("plain.ods")));
    }

    @Test
    void anOdsReturnWithoutLibreOfficeIsRefusedNamingTheFile() throws Exception {
        System.setProperty(LibreOffice.PROPERTY, folder.resolve("no-soffice-here").toString());
        Path ods = openDocument(folder.resolve("Return-DWP-2026-11-05.ods"),
                "application/vnd.oasis.opendocument.spreadsheet");

        var reading = new ReturnWorkbookReader().read(ods);

        assertTrue(reading.isRefused());
        assertEquals(List.of(ReturnProblem.ofFile("returns.error.odsNeedsLibreOffice", ods.getFileName())),
                reading.problems());
    }

    @Test
    void aReturnOfAnotherFormatIsRefusedAsSuchNotMisread() throws Exception {
        Path file = folder.resolve("r.xlsx");
        new ReturnWorkbookWriter(new BundleTexts()).write(ReturnSamples.dwp(), file);
        XSSFWorkbook book;
        try (var in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        var identity = book.getSheet("Return");
        for (var row : identity) {
            if (row.getCell(0).getStringCellValue().equals("format")) {
                row.getCell(1).setCellValue("secretariat-return-0");
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();

        var reading = new ReturnWorkbookReader().read(file);

        assertEquals("returns.error.otherFormat", reading.problems().get(0).messageKey());
        assertEquals(List.of("secretariat-return-0", "secretariat-return-1"), reading.problems().get(0).arguments());
    }

    /** The smallest OpenDocument package: its mimetype entry, stored first, as the standard asks. */
    private static Path openDocument(Path file, String mimeType) throws Exception {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] bytes = mimeType.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            var crc = new java.util.zip.CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
