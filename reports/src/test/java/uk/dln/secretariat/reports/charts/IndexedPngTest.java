package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
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

    /**
     * What is drawn on the cleared white is stored pixel for pixel, wherever it is in a row and however long: at the
     * row's start, in its middle, at its end and across all of it, with white that antialiasing blends in among it.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 15, 16, 17, 33, 200})
    void aStretchDrawnOnTheClearedWhiteIsStoredPixelForPixel(int length) throws Exception {
        var canvas = ChartImage.canvas(110, 3);
        int width = canvas.image().getWidth();
        int[] pixels = ((DataBufferInt) canvas.image().getRaster().getDataBuffer()).getData();
        int[] starts = {0, (width - length) / 2, width - length};
        for (int row = 0; row < starts.length; row++) {
            drawStretch(pixels, row * width + starts[row], length);
        }
        drawStretch(pixels, 3 * width, width);
        BufferedImage drawn = copy(canvas.image());

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(canvas.finish("A test").png()));

        var palette = ChartPalette.NETWORK;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                int was = drawn.getRGB(x, y) & 0xFFFFFF;
                assertEquals(palette.colour(palette.nearest(was)), stored.getRGB(x, y) & 0xFFFFFF,
                        "pixel " + x + "," + y);
            }
        }
    }

    /** A stretch of a network colour, a colour between palette entries, and white as antialiasing leaves it. */
    private static void drawStretch(int[] pixels, int start, int length) {
        int[] colours = {ChartImage.colour(RagPalette.RED).getRGB() & 0xFFFFFF, 0x123456, 0x00FFFFFF};
        for (int i = 0; i < length; i++) {
            pixels[start + i] = colours[i / 2 % colours.length];
        }
    }
}
