package uk.dln.secretariat.reports.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import uk.dln.secretariat.reports.InMemoryDocuments;
import uk.dln.secretariat.reports.PackageZip;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * A Word document with the pack's house style: A4 portrait, the pack's styles, the protective marking at the top
 * and bottom of every page, "Page X of Y", headings that carry bookmarks for the contents, and pictures that always
 * have alternative text. One section only, so the header and footer can never miss a page.
 */
public final class WordDocument implements AutoCloseable {

    /** A4 in twentieths of a point, with 2 cm margins: the text is 9,638 twips (17 cm) wide. */
    public static final int TEXT_WIDTH = 9638;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int EMU_PER_TWIP = 635;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * A heading the contents page lists.
     *
     * @param notes what the contents say under the entry, e.g. that a paper may not be accessible
     */
    record Entry(int level, String text, String bookmark, List<String> notes) {

        Entry(int level, String text, String bookmark) {
            this(level, text, bookmark, List.of());
        }

        Entry {
            notes = List.copyOf(notes);
        }

        Entry noting(String note) {
            var all = new ArrayList<>(notes);
            all.add(note);
            return new Entry(level, text, bookmark, all);
        }
    }

    private final XWPFDocument document = new OnePassDocument();
    private final WordPictures pictures = new WordPictures(document);
    private final Texts texts;
    private final String marking;
    private final List<Entry> entries = new ArrayList<>();
    private XWPFParagraph contentsAnchor;
    private boolean breakBeforeNext;
    private long nextBookmark = 1;
    /** Named targets of links (an action's row, a paper's cover sheet) number apart from the contents' own. */
    private long nextTarget = 500_000;

    /**
     * @param marking the label printed at the top and bottom of every page
     * @param title   the document's title in its properties, for screen readers and file browsers
     */
    public WordDocument(Texts texts, String marking, String title) {
        this(texts, marking, "", title);
    }

    /**
     * @param note printed under the marking at the top of every page, e.g. "DRAFT" on minutes not yet approved;
     *             empty for none
     */
    public WordDocument(Texts texts, String marking, String note, String title) {
        this.texts = texts;
        this.marking = marking;
        loadStyles();
        pageSetUp();
        markEveryPage(marking, note);
        var properties = document.getProperties().getCoreProperties();
        properties.setTitle(XmlText.clean(title));
        properties.setCreator(texts.get("pack.document.creator"));
        properties.getUnderlyingProperties().setLanguageProperty(texts.languageTag());
        document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(
                texts.get("pack.document.creator"));
        // Word then fills in the contents page numbers when the file opens; LibreOffice computes them itself.
        document.enforceUpdateFields();
        currentWordSettings();
    }

    /** The subject and keywords in the file's properties, which file browsers and records systems show. */
    public WordDocument describedAs(String subject, String keywords) {
        var properties = document.getProperties().getCoreProperties();
        properties.setSubjectProperty(XmlText.clean(subject));
        properties.setKeywords(XmlText.clean(keywords));
        return this;
    }

    /**
     * Tells Word the file was made for its current version (compatibility mode 15, Word 2013 and later), so it opens
     * the pack normally rather than in Compatibility Mode, and that its text is British English. Written by hand:
     * POI's slimmed schema has no classes for these settings. They follow updateFields, as the schema orders them.
     */
    private void currentWordSettings() {
        try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
            cursor.toParent();
            cursor.toParent();
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "themeFontLang", "w"));
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), texts.languageTag());
        }
    }

    private void loadStyles() {
        try (InputStream in = Objects.requireNonNull(WordDocument.class.getResourceAsStream("styles.xml"))) {
            // The text's language is the document's, so spelling and hyphenation are Welsh in a Welsh pack.
            String styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("w:lang w:val=\"en-GB\"", "w:lang w:val=\"" + texts.languageTag() + "\"");
            document.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
        } catch (IOException | org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("The pack's styles are missing from the build", e);
        }
    }

    private void pageSetUp() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    private void markEveryPage(String marking, String note) {
        var header = document.createHeader(HeaderFooterType.DEFAULT);
        var top = header.createParagraph();
        top.setStyle("Marking");
        top.createRun().setText(XmlText.clean(marking));
        if (!note.isEmpty()) {
            var draft = header.createParagraph();
            draft.setStyle("Marking");
            var run = draft.createRun();
            run.setColor("CA3535");
            run.setText(XmlText.clean(note));
        }

        var footer = document.createFooter(HeaderFooterType.DEFAULT);
        var pages = footer.createParagraph();
        pages.setStyle("Footer");
        Fields.pageXofY(pages, texts);
        var bottom = footer.createParagraph();
        bottom.setStyle("Marking");
        bottom.createRun().setText(XmlText.clean(marking));
    }

    public XWPFDocument poi() {
        return document;
    }

    public Texts texts() {
        return texts;
    }

    /** The marking at the top and bottom of every page. */
    public String marking() {
        return marking;
    }

    /** A paragraph in a style, with the text split into lines at line breaks. */
    public XWPFParagraph paragraph(String style, String text) {
        var paragraph = newParagraph();
        paragraph.setStyle(style);
        if (text != null && !text.isEmpty()) {
            Runs.text(paragraph.createRun(), text);
        }
        return paragraph;
    }

    public XWPFParagraph body(String text) {
        return paragraph("Normal", text);
    }

    /** A body paragraph that starts with a bold label, e.g. "Chair: " then the name; the text may be empty. */
    public XWPFParagraph labelled(String label, String text) {
        var paragraph = newParagraph();
        paragraph.setStyle("Normal");
        var bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(XmlText.clean(text == null || text.isEmpty() ? label : label + " "));
        if (text != null && !text.isEmpty()) {
            Runs.text(paragraph.createRun(), text);
        }
        return paragraph;
    }

    /**
     * A heading; levels 1 and 2 are listed on the contents page and link to here.
     *
     * @param level 1 to 3
     */
    public XWPFParagraph heading(int level, String heading) {
        String text = XmlText.clean(heading);
        var paragraph = newParagraph();
        paragraph.setStyle("Heading" + level);
        if (level <= 2) {
            String name = "_Toc" + (100000 + nextBookmark);
            BigInteger id = BigInteger.valueOf(nextBookmark++);
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setName(name);
            start.setId(id);
            paragraph.createRun().setText(Runs.keepDatesTogether(text));
            paragraph.getCTP().addNewBookmarkEnd().setId(id);
            entries.add(new Entry(level, text, name));
        } else {
            paragraph.createRun().setText(Runs.keepDatesTogether(text));
        }
        return paragraph;
    }

    /**
     * Marks the whole of a paragraph (a heading, or a table cell's text) as the target of cross-references to
     * {@code name} ({@link InternalLinks}): the bookmark spans its text, which a link to it must repeat.
     */
    public void bookmark(CTP paragraph, String name) {
        BigInteger id = BigInteger.valueOf(nextTarget++);
        if (paragraph.sizeOfRArray() == 0) {
            CTBookmark start = paragraph.addNewBookmarkStart();
            start.setName(name);
            start.setId(id);
        } else {
            // Before the first run, not after the last (where POI's insertNewBookmarkStart puts the first one).
            try (XmlCursor cursor = paragraph.getRArray(0).newCursor()) {
                cursor.beginElement(new QName(W, "bookmarkStart", "w"));
                cursor.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
                cursor.insertAttributeWithValue(new QName(W, "name", "w"), name);
            }
        }
        paragraph.addNewBookmarkEnd().setId(id);
    }

    /**
     * Starts the next paragraph on a new page: "page break before" on it, as Word's own headings do, rather than an
     * empty paragraph holding a break, which leaves a stray blank line and moves when text is edited.
     */
    public void pageBreak() {
        breakBeforeNext = true;
    }

    /**
     * A line the contents page prints under the entry of the last heading it lists: something a reader should know
     * before turning to it, such as a paper a screen reader cannot read well.
     */
    public void contentsNote(String note) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("no heading on the contents page to note under");
        }
        entries.set(entries.size() - 1, entries.get(entries.size() - 1).noting(XmlText.clean(note)));
    }

    /** Marks where the contents entries go; they are filled in when the document is written. */
    public void contentsHere() {
        contentsAnchor = newParagraph();
        pageBreak();
    }

    /** A new paragraph at the end, starting a new page if one was asked for. */
    private XWPFParagraph newParagraph() {
        var paragraph = document.createParagraph();
        if (breakBeforeNext) {
            paragraph.setPageBreak(true);
            breakBeforeNext = false;
        }
        return paragraph;
    }

    /**
     * A PNG picture scaled to a width, keeping its proportions, with alternative text for screen readers.
     *
     * @param widthTwips how wide it prints; at most {@link #TEXT_WIDTH}
     */
    public void picture(XWPFRun run, byte[] png, int pixelWidth, int pixelHeight, int widthTwips, String altText) {
        long width = (long) Math.min(widthTwips, TEXT_WIDTH) * EMU_PER_TWIP;
        long height = width * pixelHeight / pixelWidth;
        var picture = pictures.add(run, png, width, height);
        // Readers need what the picture shows. POI writes an attribute raw, so a stored title with a control
        // character would make the whole part unreadable.
        String description = XmlText.clean(altText);
        picture.getNvPicPr().getCNvPr().setDescr(description);
        var drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
        drawing.getInlineArray(0).getDocPr().setDescr(description);
    }

    /** Points to EMU, for callers that size things in points. */
    static int emu(double points) {
        return Units.toEMU(points);
    }

    /** Fills in the contents and writes the file. */
    public void write(OutputStream out) throws IOException {
        if (contentsAnchor != null) {
            Contents.insert(document, contentsAnchor, entries);
            // The entries now stand before the anchor; left empty, it would be a blank line that screen readers
            // announce (the next heading starts its own page).
            if (contentsAnchor.getText().isEmpty() && contentsAnchor.getRuns().isEmpty()) {
                document.removeBodyElement(document.getPosOfParagraph(contentsAnchor));
            }
        }
        PackageZip.write(document, out);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Lets the document go; it is not saved again (see {@link InMemoryDocuments}). */
    @Override
    public void close() {
        InMemoryDocuments.release(document);
    }
}
