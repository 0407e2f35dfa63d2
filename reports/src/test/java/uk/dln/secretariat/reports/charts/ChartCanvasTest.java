package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.BundleTexts;
import uk.dln.secretariat.reports.PackFixtures;
import uk.dln.secretariat.reports.RagPalette;

/** A chart drawn on a thread's canvas used before is the chart drawn on a new one, pixel for pixel. */
class ChartCanvasTest {

    private final BundleTexts texts = new BundleTexts();

    @Test
    void aChartDrawnOverOthersIsTheSameAsOneDrawnOnANewCanvas() throws Exception {
        var request = PackFixtures.request();
        var data = request.roadmaps().orElseThrow();
        var first = data.indicators().get(0);
        var second = data.indicators().get(1);
        byte[] alone = onNewThread(() -> TrendImage.draw(first, texts).png());

        // Another trend of the same size, then a timeline of another, then the first again on the same thread.
        TrendImage.draw(second, texts);
        TimelineImage.draw(data.roadmaps().get(0), data.period(), request.date(), texts);
        TrendImage.draw(second, texts);
        byte[] after = TrendImage.draw(first, texts).png();

        assertArrayEquals(alone, after);
    }

    @Test
    void aShorterChartDrawnOnTheTopOfATallerCanvasIsTheSameAsOneDrawnAlone() throws Exception {
        // As timelines are: one width, a height for each organisation's milestones.
        byte[] alone = onNewThread(() -> sketch(50));

        byte[] onTaller = onNewThread(() -> {
            sketch(80);
            return sketch(50);
        });

        assertArrayEquals(alone, onTaller);
        var image = ChartImage.canvas(100, 80).image();
        assertEquals(80 * ChartImage.pixelsPerPoint(), image.getHeight());
    }

    /** A chart of lines and text filling a canvas 100 points wide and as high as given. */
    private static byte[] sketch(int height) {
        var canvas = ChartImage.canvas(100, height);
        var g = canvas.g();
        g.setColor(ChartImage.colour(RagPalette.BLUE));
        g.drawLine(0, 0, 99, height - 1);
        g.setColor(ChartImage.colour(RagPalette.BLACK));
        g.setFont(ChartImage.font(Font.PLAIN, 9));
        g.drawString("Q" + height, 10, height - 5);
        var image = canvas.image();
        assertEquals(height * ChartImage.pixelsPerPoint(), image.getHeight());
        return canvas.finish("").png();
    }

    @Test
    void aCanvasOfAnotherSizeIsNotReused() {
        var canvas = ChartImage.canvas(100, 50);
        canvas.finish("");

        var other = ChartImage.canvas(100, 60);

        assertEquals(100 * ChartImage.pixelsPerPoint(), other.image().getWidth());
        assertEquals(60 * ChartImage.pixelsPerPoint(), other.image().getHeight());
        other.finish("");
    }

    /** Drawn on a thread that has never drawn a chart, so on a new canvas. */
    private static byte[] onNewThread(Callable<byte[]> drawing) throws Exception {
        var thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(drawing).get();
        } finally {
            thread.shutdown();
        }
    }
}
