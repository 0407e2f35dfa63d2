package uk.dln.secretariat.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * A chart drawn for a document: PNG bytes, their size in pixels, and the alternative text that says what it shows.
 * Charts are drawn with Java2D so that the command line, which has no JavaFX, writes the same pack as the app
 * (decision 0013).
 */
public record ChartImage(byte[] png, int width, int height, String altText) {

    /** Drawing is at twice the printed size, so charts stay sharp on paper and on high-density screens. */
    static final int SCALE = 2;
    static final String FONT = Font.SANS_SERIF;

    /**
     * The smallest text a chart draws, in points at its printed size: a chart is drawn in points and placed at its
     * drawn size ({@link #printedWidthTwips}), so this is what the reader sees on paper.
     */
    public static final float SMALLEST_TEXT = 9f;

    /**
     * Deflate level 1 to 9: at 3 a decade's charts are 7 % smaller than at 2 for 7 % more time, and the pack's zip
     * stores them as they are ({@code PackageZip}) rather than deflating them again (docs/benchmarks.md).
     */
    private static final int COMPRESSION = 3;

    /**
     * The images a thread has drawn charts on, by width in pixels, each as tall as the tallest chart of that width so
     * far; a chart is drawn on the top of one, painted over. A pack draws hundreds of charts of two widths (trends and
     * timelines, the timelines of many heights), and the pack's thread draws some of each: a new image each time was
     * over 100 MB a decade's pack to allocate and clear, much of it in regions of the heap's old generation, and work
     * for the collector (docs/benchmarks.md). They go with the thread or {@link #releaseCanvas}.
     */
    private static final ThreadLocal<Map<Integer, BufferedImage>> DRAWN_ON = ThreadLocal.withInitial(HashMap::new);

    /** Lets go of the canvases this thread drew on: for a thread that drew charts in passing and lives on. */
    public static void releaseCanvas() {
        DRAWN_ON.remove();
        IndexedPng.releaseBuffers();
    }

    /** A white canvas of the printed size in points, scaled up for sharpness. */
    static Canvas canvas(int width, int height) {
        int pixelsWide = width * SCALE;
        int pixelsHigh = height * SCALE;
        var image = DRAWN_ON.get().compute(pixelsWide, (wide, drawn) -> drawn != null && drawn.getHeight() >= pixelsHigh
                ? drawn
                // One int a pixel: drawing in full colour keeps antialiasing smooth (an indexed image would be
                // dithered by Java2D); IndexedPng stores it in the palette afterwards.
                : new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_RGB));
        if (image.getHeight() > pixelsHigh) {
            // The top of it: its rows are the first of the same pixels, so IndexedPng reads them where they are.
            image = image.getSubimage(0, 0, pixelsWide, pixelsHigh);
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(SCALE, SCALE);
        // Every pixel, so that nothing of a chart drawn before on the same image remains.
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        return new Canvas(image, g);
    }

    /** An image being drawn. */
    record Canvas(BufferedImage image, Graphics2D g) {

        ChartImage finish(String altText) {
            g.dispose();
            // A light setting: charts are flat colour, so the files stay small, and a pack of hundreds of charts is
            // written several times faster than at the strongest. One byte a pixel, in the network's colours.
            byte[] png = IndexedPng.write(image, COMPRESSION);
            return new ChartImage(png, image.getWidth(), image.getHeight(), altText);
        }
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }

    /** A font of the size asked for, never smaller than {@link #SMALLEST_TEXT}. */
    static Font font(int style, float size) {
        return new Font(FONT, style, 1).deriveFont(Math.max(size, SMALLEST_TEXT));
    }

    /** Pixels per printed point: drawing is at twice the printed size. */
    public static int pixelsPerPoint() {
        return SCALE;
    }

    /** How wide the chart prints, in twentieths of a point: the size it was drawn at, so its text keeps its size. */
    public int printedWidthTwips() {
        return width * 20 / SCALE;
    }

    /** Text cut with an ellipsis to fit a width. */
    static String fit(Graphics2D g, String text, double width) {
        var metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }
}
