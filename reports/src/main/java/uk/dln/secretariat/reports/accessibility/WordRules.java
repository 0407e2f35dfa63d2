package uk.dln.secretariat.reports.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The rules Word's accessibility checker applies, read from a document's XML: pictures and charts have alternative
 * text; tables have a header row and are not used for layout; headings do not skip a level; the title and language
 * are set; links say where they lead; empty paragraphs do not make space; coloured text reads on its fill.
 * The pack's tests hold the writer to them, and an attached Word paper is checked with them.
 */
public final class WordRules {

    /** What the checker looks for; each finding names one. */
    public enum Rule {
        PICTURE_WITHOUT_ALT_TEXT,
        TABLE_WITHOUT_HEADER_ROW,
        LAYOUT_TABLE,
        HEADING_SKIPS_LEVEL,
        NO_TITLE,
        NO_LANGUAGE,
        LINK_TEXT_NOT_MEANINGFUL,
        EMPTY_PARAGRAPH_FOR_SPACING,
        LOW_CONTRAST
    }

    /** @param where what and where, for a person to find it: "picture 3 (chart.png)", "heading 'Risks'" */
    public record Finding(Rule rule, String where) {
    }

    private static final String DEFAULT_TEXT = "0B0C0C";
    private static final String DEFAULT_FILL = "FFFFFF";
    private static final Pattern HEADING = Pattern.compile("(?i)heading ?([1-9])");
    private static final Set<String> VAGUE = Set.of("click here", "here", "link", "this link", "more", "read more",
            "click", "this", "go");

    private final XWPFDocument document;
    private final List<Finding> findings = new ArrayList<>();

    private WordRules(XWPFDocument document) {
        this.document = document;
    }

    public static List<Finding> check(InputStream docx) throws IOException {
        try (var document = new XWPFDocument(docx)) {
            return check(document);
        }
    }

    public static List<Finding> check(XWPFDocument document) {
        var rules = new WordRules(document);
        rules.pictures();
        rules.tables(document.getTables(), "table");
        rules.headingsAndSpacing();
        rules.titleAndLanguage();
        rules.links();
        rules.contrast();
        return List.copyOf(rules.findings);
    }

    /** Pictures and charts in the body: each drawing's {@code docPr} has a description, or is marked decorative. */
    private void pictures() {
        XmlObject[] drawings = document.getDocument().selectPath(
                "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
                        + ".//wp:docPr");
        int number = 0;
        for (XmlObject drawing : drawings) {
            number++;
            var properties = (CTNonVisualDrawingProps) drawing;
            String description = properties.getDescr();
            // Word marks a decorative picture with an extension of its own (adec:decorative val="1").
            String xml = properties.xmlText();
            boolean decorative = xml.contains("decorative") && xml.contains("val=\"1\"");
            if ((description == null || description.isBlank()) && !decorative) {
                findings.add(new Finding(Rule.PICTURE_WITHOUT_ALT_TEXT, "picture " + number + " ("
                        + properties.getName() + ")"));
            }
        }
    }

    /** A table of one column only lays things out; any other has its first row marked as the header row. */
    private void tables(List<XWPFTable> tables, String prefix) {
        int number = 0;
        for (XWPFTable table : tables) {
            number++;
            String where = prefix + " " + number + " (" + firstCell(table) + ")";
            List<XWPFTableRow> rows = table.getRows();
            int columns = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
            if (columns <= 1) {
                findings.add(new Finding(Rule.LAYOUT_TABLE, where));
            } else if (!rows.get(0).isRepeatHeader()) {
                findings.add(new Finding(Rule.TABLE_WITHOUT_HEADER_ROW, where));
            }
            for (XWPFTableRow row : rows) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    tables(cell.getTables(), where + ", nested table");
                }
            }
        }
    }

    private static String firstCell(XWPFTable table) {
        String text = table.getRows().isEmpty() || table.getRow(0).getTableCells().isEmpty() ? ""
                : table.getRow(0).getCell(0).getText().strip();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /**
     * Headings go down one level at a time from level 1. An empty paragraph that is not the one Word needs after a
     * table (two tables in a row would join) makes space that a style's spacing should.
     */
    private void headingsAndSpacing() {
        int previous = 0;
        IBodyElement before = null;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                int level = headingLevel(paragraph);
                if (level > 0) {
                    if (level > previous + 1) {
                        findings.add(new Finding(Rule.HEADING_SKIPS_LEVEL, "heading '" + paragraph.getText().strip()
                                + "' (level " + level + " after level " + previous + ")"));
                    }
                    previous = level;
                }
                if (isEmpty(paragraph) && !(before instanceof XWPFTable)) {
                    findings.add(new Finding(Rule.EMPTY_PARAGRAPH_FOR_SPACING, "after '" + textOf(before) + "'"));
                }
            }
            before = element;
        }
    }

    private int headingLevel(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        for (String name : new String[] {style == null ? null : style.getName(), id}) {
            if (name != null) {
                Matcher matcher = HEADING.matcher(name.strip());
                if (matcher.matches()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        }
        return 0;
    }

    /** No text and nothing else a reader would meet: no picture, break, field, tab or bookmark. */
    private static boolean isEmpty(XWPFParagraph paragraph) {
        var p = paragraph.getCTP();
        if (!paragraph.getText().isBlank() || p.sizeOfBookmarkStartArray() > 0 || p.sizeOfHyperlinkArray() > 0
                || p.sizeOfFldSimpleArray() > 0 || (p.isSetPPr() && p.getPPr().isSetSectPr())) {
            return false;
        }
        for (CTR run : p.getRArray()) {
            if (run.sizeOfBrArray() > 0 || run.sizeOfDrawingArray() > 0 || run.sizeOfFldCharArray() > 0
                    || run.sizeOfTabArray() > 0 || run.sizeOfPictArray() > 0 || run.sizeOfObjectArray() > 0) {
                return false;
            }
        }
        return true;
    }

    private static String textOf(IBodyElement element) {
        String text = element instanceof XWPFParagraph p ? p.getText().strip()
                : element instanceof XWPFTable t ? "table " + firstCell(t) : "";
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private void titleAndLanguage() {
        String title = document.getProperties().getCoreProperties().getTitle();
        if (title == null || title.isBlank()) {
            findings.add(new Finding(Rule.NO_TITLE, "document properties"));
        }
        boolean language = document.getProperties().getCoreProperties().getUnderlyingProperties()
                .getLanguageProperty().filter(l -> !l.isBlank()).isPresent();
        CTStyles styles = document.getStyles() == null ? null : document.getStyles().getCtStyles();
        if (!language && styles != null && styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
                && styles.getDocDefaults().getRPrDefault().isSetRPr()) {
            CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
            language = defaults.sizeOfLangArray() > 0 && defaults.getLangArray(0).getVal() != null
                    && !defaults.getLangArray(0).getVal().isBlank();
        }
        if (!language) {
            findings.add(new Finding(Rule.NO_LANGUAGE, "document properties and default text"));
        }
    }

    /** A link's words say where it leads: not empty, not a bare address, not "click here". */
    private void links() {
        for (XWPFParagraph paragraph : allParagraphs()) {
            for (CTHyperlink link : paragraph.getCTP().getHyperlinkArray()) {
                var text = new StringBuilder();
                for (CTR run : link.getRArray()) {
                    for (var t : run.getTArray()) {
                        text.append(t.getStringValue());
                    }
                }
                String words = text.toString().strip().replaceAll("[\\s.:]+$", "");
                String lower = words.toLowerCase(Locale.ROOT);
                if (words.isEmpty() || VAGUE.contains(lower) || lower.matches("(https?://|www\\.|mailto:)\\S*")) {
                    findings.add(new Finding(Rule.LINK_TEXT_NOT_MEANINGFUL, "link '" + words + "'"));
                }
            }
        }
    }

    /** Text with a colour of its own on its cell's, paragraph's or run's fill: at least 4.5:1. */
    private void contrast() {
        for (XWPFParagraph paragraph : allParagraphs()) {
            String fill = DEFAULT_FILL;
            if (paragraph.getPartType() == org.apache.poi.xwpf.usermodel.BodyType.TABLECELL
                    && paragraph.getBody() instanceof XWPFTableCell cell && cell.getColor() != null
                    && isColour(cell.getColor())) {
                fill = cell.getColor();
            }
            var p = paragraph.getCTP();
            if (p.isSetPPr() && p.getPPr().isSetShd() && p.getPPr().getShd().getFill() != null
                    && isColour(p.getPPr().getShd().xgetFill().getStringValue())) {
                fill = p.getPPr().getShd().xgetFill().getStringValue();
            }
            for (CTR run : p.getRArray()) {
                String ground = fill;
                String colour = DEFAULT_TEXT;
                if (run.isSetRPr()) {
                    CTRPr properties = run.getRPr();
                    if (properties.sizeOfColorArray() > 0 && isColour(properties.getColorArray(0).xgetVal()
                            .getStringValue())) {
                        colour = properties.getColorArray(0).xgetVal().getStringValue();
                    }
                    if (properties.sizeOfShdArray() > 0 && properties.getShdArray(0).getFill() != null
                            && isColour(properties.getShdArray(0).xgetFill().getStringValue())) {
                        ground = properties.getShdArray(0).xgetFill().getStringValue();
                    }
                }
                double ratio = Contrast.ratio(colour, ground);
                if (ratio < Contrast.TEXT && !textOfRun(run).isBlank()) {
                    findings.add(new Finding(Rule.LOW_CONTRAST, String.format(Locale.ROOT,
                            "'%s' (#%s on #%s, %.1f:1)", textOfRun(run).strip(), colour, ground, ratio)));
                }
            }
        }
    }

    private static boolean isColour(String value) {
        return value != null && value.matches("(?i)[0-9a-f]{6}");
    }

    private static String textOfRun(CTR run) {
        var text = new StringBuilder();
        for (var t : run.getTArray()) {
            text.append(t.getStringValue());
        }
        return text.toString();
    }

    /** Paragraphs of the body and of its tables, nested ones too. */
    private List<XWPFParagraph> allParagraphs() {
        var all = new ArrayList<>(document.getParagraphs());
        addFromTables(document.getTables(), all);
        return all;
    }

    private static void addFromTables(List<XWPFTable> tables, List<XWPFParagraph> all) {
        for (XWPFTable table : tables) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                    addFromTables(cell.getTables(), all);
                }
            }
        }
    }
}
