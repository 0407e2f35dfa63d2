package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.RagPalette;

/** A chart is stored one byte a pixel, each pixel the palette's nearest to the colour drawn. */
class IndexedPngTest {

    @Test
    void aTimelineIsAPaletteImageThatImageReadersRead() throws Exception {
        var request = PackFixtures.request();
        var data = request.roadmaps().orElseThrow();
        var chart = TimelineImage.draw(data.roadmaps().get(0), data.period(), request.date(), new BundleTexts());

        byte[] png = chart.png();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));

        assertEquals(3, png[25], "colour type: palette");
        assertEquals(8, png[24], "bit depth");
        assertEquals(chart.width(), read.getWidth());
        assertEquals(chart.height(), read.getHeight());
        var model = assertInstanceOf(IndexColorModel.class, read.getColorModel());
        for (int i = 0; i < ChartPalette.NETWORK.size(); i++) {
            assertEquals(ChartPalette.NETWORK.colour(i), model.getRGB(i) & 0xFFFFFF, "palette entry " + i);
        }
    }

    @Test
    void eachPixelIsTheNearestPaletteColourToTheOneDrawn() throws Exception {
        var canvas = ChartImage.canvas(120, 60);
        var g = canvas.g();
        g.setColor(ChartImage.colour(RagPalette.YELLOW));
        g.fillRect(5, 5, 60, 20);
        g.setColor(ChartImage.colour(RagPalette.BLACK));
        g.setFont(ChartImage.font(Font.BOLD, 11));
        g.drawString("Amber", 8, 20);
        g.setColor(ChartImage.colour(RagPalette.BLUE));
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(0, 59, 119, 30);
        g.fillOval(90, 35, 7, 7);
        BufferedImage drawn = copy(canvas.image());

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(canvas.finish("A test").png()));

        var palette = ChartPalette.NETWORK;
        double squaredError = 0;
        int exact = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int was = drawn.getRGB(x, y) & 0xFFFFFF;
                int is = stored.getRGB(x, y) & 0xFFFFFF;
                assertEquals(palette.colour(palette.nearest(was)), is, "pixel " + x + "," + y);
                exact += was == is ? 1 : 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    double difference = ((was >> shift) & 0xFF) - ((is >> shift) & 0xFF);
                    squaredError += difference * difference;
                }
            }
        }
        int channels = drawn.getWidth() * drawn.getHeight() * 3;
        double psnr = 10 * Math.log10(255.0 * 255.0 / (squaredError / channels));
        assertTrue(psnr > 40, "peak signal-to-noise ratio " + psnr + " dB");
        assertTrue(exact > drawn.getWidth() * drawn.getHeight() * 9 / 10, exact + " pixels exact");
    }

    private static BufferedImage copy(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        image.copyData(copy.getRaster());
        return copy;
    }

    /** Runs of every length around the point where they stop being looked at pixel by pixel, and to the row's end. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 15, 16, 17, 31, 32, 33, 200})
    void aRunEndsAtTheFirstDifferentPixelOrTheRowsEnd(int length) {
        int[] row = new int[3 + length + 5];
        Arrays.fill(row, 3, 3 + length, 0x123456);
        row[3 + length] = 0x654321;
        assertEquals(3 + length, IndexedPng.runEnd(row, 3, row.length), "a run before another colour");
        assertEquals(3 + length, IndexedPng.runEnd(row, 3, 3 + length), "a run to the row's end");
        assertEquals(3, IndexedPng.runEnd(row, 0, row.length), "the colour before it");

        byte[] filled = new byte[3 + length + 5];
        IndexedPng.fill(filled, 3, 3 + length, (byte) 7);
        for (int i = 0; i < filled.length; i++) {
            assertEquals(i >= 3 && i < 3 + length ? 7 : 0, filled[i], "byte " + i);
        }
    }
}
