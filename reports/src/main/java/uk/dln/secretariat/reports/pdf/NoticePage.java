package uk.dln.secretariat.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A plain page of text drawn with PDFBox: a heading and a paragraph, wrapped to the pack's 2 cm margins. */
final class NoticePage {

    private static final float MARGIN = 56.7f;
    private static final float TOP = 100;

    private final PDPage page;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    NoticePage(PDPage page) {
        this.page = page;
    }

    void write(PDDocument pdf, String heading, String text) throws IOException {
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float y = page.getMediaBox().getHeight() - TOP;
        try (var stream = new PDPageContentStream(pdf, page)) {
            y = paragraph(stream, bold, 14, heading, width, y) - 10;
            paragraph(stream, regular, 11, text, width, y);
        }
    }

    private float paragraph(PDPageContentStream stream, PDFont font, float size, String text, float width, float y)
            throws IOException {
        float leading = size * 1.3f;
        for (String line : wrap(font, size, PageStamp.encodable(font, text), width)) {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(line);
            stream.endText();
            y -= leading;
        }
        return y;
    }

    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
