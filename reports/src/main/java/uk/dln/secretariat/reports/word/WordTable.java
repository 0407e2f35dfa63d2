package uk.dln.secretariat.reports.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import uk.dln.secretariat.reports.RagPalette;

/**
 * A table in the pack's table style whose header row repeats on every page and whose rows never split across a
 * page. Rows are written straight into the XML: POI's {@code createRow()} rescans the table each time, which is
 * quadratic. Long tables are cut into parts of {@link #ROWS_PER_PART} rows, each with its header, because
 * LibreOffice lays out one huge table very slowly.
 */
public final class WordTable {

    public static final int ROWS_PER_PART = 200;
    private static final String HEADER_FILL = "F3F2F1";
    /** Compiled once: a decade's pack splits over ten thousand cells. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /**
     * @param weight share of the text width
     */
    public record Column(String heading, int weight) {
    }

    /**
     * One cell: its text, and for ratings the colour that goes with the word.
     *
     * @param link     the bookmark the text links to, or null
     * @param bookmark  the name under which links elsewhere reach this cell, or null
     */
    public record Cell(String text, RagPalette.Swatch swatch, boolean bold, String link, String bookmark) {

        public Cell(String text, RagPalette.Swatch swatch, boolean bold, String link) {
            this(text, swatch, bold, link, null);
        }

        public Cell(String text, RagPalette.Swatch swatch, boolean bold) {
            this(text, swatch, bold, null);
        }

        /** The same cell as the target of links to {@code name}; the bookmark spans its text. */
        public Cell bookmarked(String name) {
            return new Cell(text, swatch, bold, link, name);
        }

        public static Cell of(String text) {
            return new Cell(text, null, false);
        }

        /** Text that links to its detail elsewhere in the document (a bookmark). */
        public static Cell linked(String text, String bookmark) {
            return new Cell(text, null, false, bookmark);
        }

        public static Cell rated(String word, RagPalette.Swatch swatch) {
            return new Cell(word, swatch, true);
        }

        public static Cell bold(String text) {
            return new Cell(text, null, true);
        }
    }

    private final WordDocument document;
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private boolean headerRow = true;

    public WordTable(WordDocument document, List<Column> columns) {
        this.document = document;
        this.columns = List.copyOf(columns);
    }

    /**
     * For a two-column form (field, value): no heading row, the first column naming each row. Word's accessibility
     * checker asks every table for a header row, so the pack does not use this (decision 0032).
     */
    public WordTable withoutHeaderRow() {
        headerRow = false;
        return this;
    }

    public WordTable row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public WordTable row(Cell... cells) {
        return row(List.of(cells));
    }

    /** Writes the table (in parts if long) at the end of the document. */
    public void write() {
        int[] widths = widths();
        for (int from = 0; from < Math.max(1, rows.size()); from += ROWS_PER_PART) {
            if (from > 0) {
                // Without a paragraph between them, two tables would join into one.
                document.paragraph("TableText", "");
            }
            writePart(widths, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_PART)));
        }
        document.paragraph("TableText", "");
    }

    private int[] widths() {
        int total = columns.stream().mapToInt(Column::weight).sum();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WordDocument.TEXT_WIDTH * columns.get(i).weight() / total;
        }
        return widths;
    }

    private void writePart(int[] widths, List<List<Cell>> part) {
        CTTbl table = document.poi().getDocument().getBody().addNewTbl();
        var properties = table.addNewTblPr();
        properties.addNewTblStyle().setVal("PackTable");
        var width = properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordDocument.TEXT_WIDTH));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = table.addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        if (headerRow) {
            var header = table.addNewTr();
            var headerProperties = header.addNewTrPr();
            headerProperties.addNewTblHeader();
            headerProperties.addNewCantSplit();
            for (int i = 0; i < columns.size(); i++) {
                cell(header, widths[i], new Cell(columns.get(i).heading(), new RagPalette.Swatch(HEADER_FILL,
                        RagPalette.BLACK), true));
            }
        } else {
            // The table style shades and bolds a first row; a form has no heading row to shade.
            var look = properties.addNewTblLook();
            look.setVal(new byte[] {0, 0});
            look.setFirstRow(Boolean.FALSE);
        }
        for (List<Cell> cells : part) {
            CTRow row = table.addNewTr();
            row.addNewTrPr().addNewCantSplit();
            for (int i = 0; i < cells.size(); i++) {
                cell(row, widths[i], cells.get(i));
                if (cells.get(i).bookmark() != null) {
                    var tc = row.getTcArray(row.sizeOfTcArray() - 1);
                    document.bookmark(tc.getPArray(0), cells.get(i).bookmark());
                }
            }
        }
    }

    private static void cell(CTRow row, int width, Cell cell) {
        var tc = row.addNewTc();
        var properties = tc.addNewTcPr();
        var w = properties.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        properties.addNewVAlign().setVal(STVerticalJc.TOP);
        if (cell.swatch() != null) {
            var shading = properties.addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill(cell.swatch().fill());
        }
        var paragraph = tc.addNewP();
        paragraph.addNewPPr().addNewPStyle().setVal("TableText");
        if (cell.link() != null) {
            InternalLinks.append(paragraph, cell.link(), cell.text() == null ? "" : cell.text(), cell.bold());
            return;
        }
        String[] lines = LINE_BREAK.split(cell.text() == null ? "" : cell.text(), -1);
        var run = paragraph.addNewR();
        var runProperties = run.addNewRPr();
        if (cell.bold()) {
            runProperties.addNewB();
        }
        if (cell.swatch() != null) {
            runProperties.addNewColor().setVal(cell.swatch().text());
        }
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            Fields.text(run, Runs.keepDatesTogether(lines[i]));
        }
    }
}
