package uk.dln.secretariat.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Text stamped on a page of the one-PDF pack, centred where the Word pack prints the same lines: the marking at the
 * top and bottom, and "Page X of Y" just above the bottom marking. The distances are the Word pack's (header and
 * footer 1 cm from the edge, 10 pt bold marking, 9 pt page line), so a paper's pages read like the pack's own.
 * <p>
 * For PDF/UA (decision 0032) a stamp is an artifact, outside the structure a screen reader follows (the pack's own
 * marking and page line are artifacts too: LibreOffice tags headers and footers so), and its font is embedded:
 * Liberation Sans, which PDFBox carries, metric-compatible with Arial; the marking is drawn bold by stroking it.
 */
final class PageStamp {

    /** Baselines in points from the page's top or bottom edge, measured on the Word pack as LibreOffice renders it. */
    private static final float TOP_MARKING = 39.2f;
    private static final float PAGE_LINE = 42.6f;
    private static final float BOTTOM_MARKING = 30.2f;
    private static final float MARKING_SIZE = 10;
    private static final float PAGE_SIZE = 9;
    private static final float PADDING = 2;

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float BOLD_STROKE = 0.35f;

    private PDDocument loadedFor;
    private PDFont font;

    /** The embedded font, loaded once for the document being stamped (a font belongs to one document). */
    private PDFont font(PDDocument pdf) throws IOException {
        if (loadedFor != pdf) {
            try (InputStream in = Objects.requireNonNull(PDDocument.class.getResourceAsStream(FONT), FONT)) {
                font = PDType0Font.load(pdf, in, true);
            }
            loadedFor = pdf;
        }
        return font;
    }

    /** The page line only: the pack's own pages carry the marking already and an empty line for the number. */
    void pageLine(PDDocument pdf, PDPage page, String pageLine) throws IOException {
        stamp(pdf, page, null, pageLine, false);
    }

    /** The marking top and bottom and the page line, each on a white ground so it reads over the paper's margin. */
    void paperPage(PDDocument pdf, PDPage page, String marking, String pageLine) throws IOException {
        stamp(pdf, page, marking, pageLine, true);
    }

    private void stamp(PDDocument pdf, PDPage page, String marking, String pageLine, boolean ground)
            throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float height = sideways ? box.getWidth() : box.getHeight();
        PDFont text = font(pdf);
        try (var stream = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
            stream.beginMarkedContent(COSName.ARTIFACT);
            // Draw in the page as it is shown: a page turned by /Rotate gets the stamp upright all the same.
            stream.transform(upright(box, rotation));
            if (marking != null) {
                line(stream, text, true, MARKING_SIZE, marking, width, height - TOP_MARKING, ground);
                line(stream, text, true, MARKING_SIZE, marking, width, BOTTOM_MARKING, ground);
            }
            line(stream, text, false, PAGE_SIZE, pageLine, width, PAGE_LINE, ground);
            stream.endMarkedContent();
        }
    }

    /** From the shown page's coordinates (origin bottom left) to the page's own. */
    static Matrix upright(PDRectangle box, int rotation) {
        float x = box.getLowerLeftX();
        float y = box.getLowerLeftY();
        float w = box.getWidth();
        float h = box.getHeight();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, x + w, y);
            case 180 -> new Matrix(-1, 0, 0, -1, x + w, y + h);
            case 270 -> new Matrix(0, -1, 1, 0, x, y + h);
            default -> new Matrix(1, 0, 0, 1, x, y);
        };
    }

    private static void line(PDPageContentStream stream, PDFont font, boolean bold, float size, String text,
                             float pageWidth, float baseline, boolean ground) throws IOException {
        String shown = encodable(font, text);
        float textWidth = font.getStringWidth(shown) / 1000 * size + (bold ? BOLD_STROKE : 0);
        float left = (pageWidth - textWidth) / 2;
        if (ground) {
            float descent = size * 0.25f;
            stream.setNonStrokingColor(Color.WHITE);
            stream.addRect(left - PADDING, baseline - descent - PADDING, textWidth + 2 * PADDING,
                    size + descent + PADDING);
            stream.fill();
        }
        stream.setNonStrokingColor(Color.BLACK);
        stream.beginText();
        if (bold) {
            stream.setStrokingColor(Color.BLACK);
            stream.setLineWidth(BOLD_STROKE);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.setFont(font, size);
        stream.newLineAtOffset(left, baseline);
        stream.showText(shown);
        stream.endText();
    }

    /** The standard PDF fonts know only Latin-1 and a few more: anything else is shown as a question mark. */
    static String encodable(PDFont font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
