package uk.dln.secretariat.reports.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A chart drawn in full colour, written as a PNG of one byte a pixel with a {@link ChartPalette}. Written here rather
 * than by a library (decision 0054): pngencoder writes only the image's own colours, and its palette mode, given the
 * chart already reduced to 256 colours, took longer than all of this; ImageIO's writer took four times as long. The
 * format is the PNG specification's plainest: one header, the palette, the pixels deflated in one piece with no row
 * filter (the specification's advice for palette images), the end.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte BIT_DEPTH = 8;
    private static final byte PALETTE_COLOUR = 3;
    private static final byte NO_FILTER = 0;
    private static final int WHITE = 0xFFFFFF;
    private static final int OPAQUE_WHITE = 0xFFFFFFFF;

    /** Each thread's colour lookup, kept from chart to chart: most charts have the same few hundred colours. */
    private static final ThreadLocal<ChartPalette.Lookup> LOOKUP =
            ThreadLocal.withInitial(() -> new ChartPalette.Lookup(ChartPalette.NETWORK));

    private IndexedPng() {
    }

    /** The image (one int a pixel, as {@link ChartImage} draws) as PNG bytes, deflated at the level given. */
    static byte[] write(BufferedImage image, int level) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] scanlines = indexed(image);
        var png = new ByteArrayOutputStream(scanlines.length / 16 + 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(BIT_DEPTH).put(PALETTE_COLOUR)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "PLTE", palette(ChartPalette.NETWORK));
        chunk(png, "IDAT", deflated(scanlines, level));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * The rows of palette indices, each after its filter byte. A chart is mostly white: runs of white are found with
     * {@link Arrays#mismatch}, which the JVM compares many pixels at a time, and the rest pixel by pixel, each colour
     * looked up once for its run.
     */
    private static byte[] indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        var lookup = LOOKUP.get();
        byte white = lookup.indexOf(WHITE);
        // White as a fill stores it, with its alpha byte set.
        int[] whiteRow = new int[width];
        Arrays.fill(whiteRow, OPAQUE_WHITE);
        byte[] scanlines = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            int from = y * width;
            int to = y * (width + 1);
            scanlines[to++] = NO_FILTER;
            int x = 0;
            while (x < width) {
                int pixel = pixels[from + x];
                if (pixel == OPAQUE_WHITE) {
                    int run = Arrays.mismatch(pixels, from + x, from + width, whiteRow, x, width);
                    int end = run < 0 ? width : x + run;
                    Arrays.fill(scanlines, to + x, to + end, white);
                    x = end;
                } else {
                    int rgb = pixel & 0xFFFFFF;
                    byte index = lookup.indexOf(rgb);
                    do {
                        scanlines[to + x++] = index;
                    } while (x < width && (pixels[from + x] & 0xFFFFFF) == rgb && pixels[from + x] != OPAQUE_WHITE);
                }
            }
        }
        return scanlines;
    }

    private static byte[] palette(ChartPalette palette) {
        byte[] entries = new byte[palette.size() * 3];
        for (int i = 0; i < palette.size(); i++) {
            int rgb = palette.colour(i);
            entries[3 * i] = (byte) (rgb >> 16);
            entries[3 * i + 1] = (byte) (rgb >> 8);
            entries[3 * i + 2] = (byte) rgb;
        }
        return entries;
    }

    private static byte[] deflated(byte[] data, int level) {
        var deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            var out = new ByteArrayOutputStream(data.length / 16 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
