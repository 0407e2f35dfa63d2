package uk.dln.secretariat.reports.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.ReportTexts;

/**
 * The body saved in one pass is byte for byte what POI's own save, with its walk to find the namespaces, would write:
 * headings and their contents links, a table with a link and a bookmark, a picture and plain text.
 */
class OnePassDocumentTest {

    @Test
    void theBodyIsSavedAsPoiWouldSaveIt() throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] poisOwn;
        try (var document = new WordDocument(ReportTexts.of(DocumentLanguage.ENGLISH), "OFFICIAL", "One pass")) {
            document.paragraph("Title", "Board pack");
            document.contentsHere();
            var heading = document.heading(1, "Roadmap summary");
            document.bookmark(heading.getCTP(), "roadmaps");
            document.labelled("Marking", "OFFICIAL");
            new WordTable(document, List.of(new WordTable.Column("Organisation", 2), new WordTable.Column("Due", 1)))
                    .row(WordTable.Cell.linked("Cabinet Office", "roadmaps"), WordTable.Cell.of("31 March 2027"))
                    .row(WordTable.Cell.bold("HM Treasury").bookmarked("treasury"), WordTable.Cell.of("Line one\nline two"))
                    .write();
            document.heading(1, "Indicator trends");
            document.picture(document.paragraph("Normal", "").createRun(), png(), 40, 20, 2_000, "A trend chart");
            document.body("Text with <angle brackets> & an ampersand.");
            document.write(out);

            var options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(),
                    "document"));
            var saved = new ByteArrayOutputStream();
            document.poi().getDocument().save(saved, options);
            poisOwn = saved.toByteArray();
        }

        byte[] body = part(out.toByteArray(), "word/document.xml");
        assertArrayEquals(poisOwn, body);
        String xml = new String(body, StandardCharsets.UTF_8);
        for (String prefix : List.of("w", "wp", "r")) {
            assertEquals(1, Pattern.compile("xmlns:" + prefix + "=").matcher(xml).results().count(), prefix);
        }
    }

    private static byte[] part(byte[] docx, String name) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
