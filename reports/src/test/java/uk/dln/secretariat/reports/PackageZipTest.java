package uk.dln.secretariat.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's pictures go into its zip as they are; its other parts are deflated as POI does. */
class PackageZipTest {

    @TempDir
    Path folder;

    /** A PNG whose own compression is light, so that deflating it again would shrink it: as a chart's is. */
    private static byte[] lightlyCompressedPng() throws Exception {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLUE);
        for (int x = 0; x < 400; x += 7) {
            g.drawLine(x, 0, 400 - x, 300);
        }
        g.dispose();
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(1f);
        var png = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    private static XWPFDocument documentWith(byte[] png) throws Exception {
        var document = new XWPFDocument();
        document.createParagraph().createRun().setText("A chart follows.");
        document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart.png",
                Units.toEMU(200), Units.toEMU(150));
        return document;
    }

    @Test
    void picturesAreStoredAsTheyAreAndTheTextIsDeflated() throws Exception {
        byte[] png = lightlyCompressedPng();
        var document = documentWith(png);
        Path docx = folder.resolve("chart.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            PackageZip.write(document, out);
        }
        InMemoryDocuments.release(document);

        try (var zip = new ZipFile(docx.toFile())) {
            var picture = zip.getEntry("word/media/image1.png");
            assertTrue(picture.getCompressedSize() >= picture.getSize(),
                    "the picture was deflated again: " + picture.getCompressedSize() + " of " + picture.getSize());
            var text = zip.getEntry("word/document.xml");
            assertTrue(text.getCompressedSize() < text.getSize() / 2, "the text is deflated");
        }
        try (var reread = new XWPFDocument(Files.newInputStream(docx))) {
            assertArrayEquals(png, reread.getAllPictures().get(0).getData());
            assertEquals("A chart follows.", reread.getParagraphs().get(0).getText());
        }
    }

    @Test
    void theStreamIsLeftOpenForTheCallerToClose() throws Exception {
        var document = documentWith(lightlyCompressedPng());
        var closed = new boolean[1];
        var out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        PackageZip.write(document, out);
        InMemoryDocuments.release(document);

        assertFalse(closed[0]);
        assertTrue(out.size() > 0);
    }

    @Test
    void onlyFormatsCompressedAlreadyAreStored() {
        assertTrue(PackageZip.isCompressedAlready("word/media/image12.png"));
        assertTrue(PackageZip.isCompressedAlready("word/media/photo.JPEG"));
        assertFalse(PackageZip.isCompressedAlready("word/media/image1.emf"));
        assertFalse(PackageZip.isCompressedAlready("word/document.xml"));
        assertFalse(PackageZip.isCompressedAlready("[Content_Types]"));
    }
}
