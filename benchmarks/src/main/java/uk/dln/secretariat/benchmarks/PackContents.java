package uk.dln.secretariat.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What an exported pack holds, read back from its files: the paragraphs, tables and pictures of the Word document
 * and the cells of the workbook. {@link #writeWithBarePoi} writes the same content with bare POI and nothing else
 * (no styles, headers, contents page or charts drawn): the floor the real export is measured against.
 */
final class PackContents {

    /** A paragraph's text, or a table's rows of cell texts. */
    private record Block(String text, List<List<String>> rows) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<XWPFPictureData> pictures = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<List<List<Object>>> sheets = new ArrayList<>();
    private int cells;

    static PackContents read(Path docx, Path xlsx) throws IOException {
        // The tenfold pack holds over 5,000 pictures, beyond the entry count POI's guard against zip bombs allows.
        ZipSecureFile.setMaxFileCount(100_000);
        var contents = new PackContents();
        try (InputStream in = Files.newInputStream(docx)) {
            var document = new XWPFDocument(in);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    contents.blocks.add(new Block(paragraph.getText(), null));
                } else if (element instanceof XWPFTable table) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : table.getRows()) {
                        rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
                    }
                    contents.blocks.add(new Block(null, rows));
                }
            }
            contents.pictures.addAll(document.getAllPictures());
        }
        try (InputStream in = Files.newInputStream(xlsx); var workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                contents.sheetNames.add(sheet.getSheetName());
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> values = new ArrayList<>();
                    for (Cell cell : row) {
                        values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                : cell.toString());
                        contents.cells++;
                    }
                    rows.add(values);
                }
                contents.sheets.add(rows);
            }
        }
        return contents;
    }

    String describe() {
        long tables = blocks.stream().filter(b -> b.rows != null).count();
        long rows = blocks.stream().filter(b -> b.rows != null).mapToLong(b -> b.rows.size()).sum();
        return (blocks.size() - tables) + " paragraphs, " + tables + " tables (" + rows + " rows), " + pictures.size()
                + " pictures; " + sheets.size() + " sheets, " + cells + " cells";
    }

    void writeWithBarePoi(OutputStream docx, OutputStream xlsx) throws Exception {
        try (var document = new XWPFDocument()) {
            for (Block block : blocks) {
                if (block.rows == null) {
                    document.createParagraph().createRun().setText(block.text);
                } else if (!block.rows.isEmpty()) {
                    int columns = block.rows.stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable table = document.createTable(block.rows.size(), columns);
                    for (int r = 0; r < block.rows.size(); r++) {
                        List<String> row = block.rows.get(r);
                        for (int c = 0; c < row.size(); c++) {
                            table.getRow(r).getCell(c).setText(row.get(c));
                        }
                    }
                }
            }
            for (XWPFPictureData picture : pictures) {
                try (InputStream in = new java.io.ByteArrayInputStream(picture.getData())) {
                    document.createParagraph().createRun().addPicture(in, picture.getPictureType(),
                            picture.getFileName(), Units.toEMU(450), Units.toEMU(250));
                }
            }
            document.write(docx);
        }
        try (var workbook = new XSSFWorkbook()) {
            for (int s = 0; s < sheets.size(); s++) {
                Sheet sheet = workbook.createSheet(sheetNames.get(s));
                List<List<Object>> rows = sheets.get(s);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        if (values.get(c) instanceof Double number) {
                            row.createCell(c).setCellValue(number);
                        } else {
                            row.createCell(c).setCellValue((String) values.get(c));
                        }
                    }
                }
            }
            workbook.write(xlsx);
        }
    }
}
