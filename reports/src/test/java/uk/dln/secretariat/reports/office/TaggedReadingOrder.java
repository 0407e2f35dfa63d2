package uk.dln.secretariat.reports.office;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read as a screen reader reads it: the structure tree walked from its root, each element with the text of
 * the marked content it owns, in the tree's order (not the page's). Text marked as an artifact (running headers,
 * the stamped marking, page numbers) is kept apart, since assistive technology skips it.
 */
final class TaggedReadingOrder {

    /** One structure element, at its depth in the tree, with the types of the elements it is inside. */
    record Element(String type, int depth, String text, String alt, String within) {

        @Override
        public String toString() {
            return "  ".repeat(depth) + type + (alt == null ? "" : " [alt: " + alt + "]")
                    + (text.isEmpty() ? "" : ": " + text);
        }
    }

    private final List<Element> elements = new ArrayList<>();
    private final List<String> artifacts = new ArrayList<>();
    private final Map<PDPage, Map<Integer, String>> contentByPage = new HashMap<>();

    private TaggedReadingOrder() {
    }

    static TaggedReadingOrder of(PDDocument pdf) throws IOException {
        var order = new TaggedReadingOrder();
        for (PDPage page : pdf.getPages()) {
            var extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            var byId = new HashMap<Integer, String>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                order.collect(content, byId);
            }
            order.contentByPage.put(page, byId);
        }
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            order.walk(root, null, 0, "");
        }
        return order;
    }

    /** Elements in reading order. */
    List<Element> elements() {
        return elements;
    }

    /** The text of every artifact, page by page. */
    List<String> artifacts() {
        return artifacts;
    }

    private void collect(PDMarkedContent content, Map<Integer, String> byId) {
        if ("Artifact".equals(content.getTag())) {
            String text = text(content);
            if (!text.isBlank()) {
                artifacts.add(text);
            }
            return;
        }
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text(content), (a, b) -> a + " " + b);
        }
        for (Object inner : content.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                collect(nested, byId);
            }
        }
    }

    /** The glyphs of one marked content, a space where a gap or a new line separates them. */
    private static String text(PDMarkedContent content) {
        var text = new StringBuilder();
        TextPosition previous = null;
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition glyph) {
                if (previous != null && (Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > 1
                        || glyph.getXDirAdj() > previous.getXDirAdj() + previous.getWidthDirAdj()
                        + 0.2f * previous.getFontSizeInPt())) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                previous = glyph;
            } else if (inner instanceof PDMarkedContent nested && !"Artifact".equals(nested.getTag())) {
                text.append(text(nested));
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void walk(PDStructureNode node, PDPage inherited, int depth, String within) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage page = element.getPage() != null ? element.getPage() : inherited;
                var own = new StringBuilder();
                for (Object part : element.getKids()) {
                    String piece = null;
                    if (part instanceof Integer mcid) {
                        piece = textOf(page, mcid);
                    } else if (part instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
                            .PDMarkedContentReference reference) {
                        piece = textOf(reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
                    }
                    if (piece != null && !piece.isBlank()) {
                        own.append(own.length() == 0 ? "" : " ").append(piece);
                    }
                }
                String type = element.getStandardStructureType();
                String alt = element.getAlternateDescription();
                elements.add(new Element(type, depth, own.toString(), alt, within));
                walk(element, page, depth + 1, within + "/" + type);
            }
        }
    }

    private String textOf(PDPage page, int mcid) {
        return page == null ? null : contentByPage.getOrDefault(page, Map.of()).get(mcid);
    }

    /** Prints a PDF's reading order, for looking at one by hand: {@code TaggedReadingOrder file.pdf}. */
    public static void main(String[] args) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            var order = of(pdf);
            order.elements().forEach(System.out::println);
            System.out.println("--- artifacts ---");
            order.artifacts().forEach(System.out::println);
        }
    }
}
