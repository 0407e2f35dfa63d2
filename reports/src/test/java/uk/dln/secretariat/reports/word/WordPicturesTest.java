package uk.dln.secretariat.reports.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.ReportTexts;

class WordPicturesTest {

    @Test
    void everyPictureReadsBackAsItsOwnPngWithItsOwnPartDrawingIdSizeAndDescription() throws IOException {
        var written = new ArrayList<byte[]>();
        var out = new ByteArrayOutputStream();
        try (var document = new WordDocument(ReportTexts.of(DocumentLanguage.ENGLISH), "OFFICIAL", "Pictures")) {
            for (int i = 1; i <= 40; i++) {
                byte[] png = png(i);
                written.add(png);
                var run = document.paragraph("Normal", "").createRun();
                document.picture(run, png, 10 * i, 20, 200 * i, "Chart " + i);
            }
            document.write(out);
        }

        try (var read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var runs = read.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).toList();
            List<XWPFPicture> pictures = runs.stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertEquals(40, pictures.size());
            var parts = new HashSet<String>();
            var drawingIds = new HashSet<Long>();
            for (int i = 0; i < pictures.size(); i++) {
                var picture = pictures.get(i);
                assertArrayEquals(written.get(i), picture.getPictureData().getData());
                assertEquals("Chart " + (i + 1), picture.getDescription());
                // 200 twips per ten pixels wide, twenty pixels high: width and height in proportion.
                long width = (long) 200 * (i + 1) * 635;
                assertEquals(width, picture.getCTPicture().getSpPr().getXfrm().getExt().getCx());
                assertEquals(width * 20 / (10L * (i + 1)), picture.getCTPicture().getSpPr().getXfrm().getExt().getCy());
                parts.add(picture.getPictureData().getPackagePart().getPartName().getName());
                drawingIds.add(runs.get(i).getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getId());
            }
            assertEquals(40, parts.size());
            assertEquals(40, drawingIds.size());
        }
    }

    /** A PNG that differs from every other one written: one pixel per picture number. */
    private static byte[] png(int number) throws IOException {
        var image = new BufferedImage(10 * number, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(number - 1, 0, 0xFF0000);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
