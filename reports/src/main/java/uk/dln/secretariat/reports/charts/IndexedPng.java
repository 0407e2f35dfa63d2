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
    /** A pixel of the canvas as cleared: white filled over the image, which stores it with its alpha byte set. */
    private static final int CLEARED = 0xFFFFFFFF;

    /**
     * Each thread's colour lookup and buffers, kept from chart to chart: most charts have the same few hundred colours,
     * and a new row buffer, deflater and output buffer for each was a quarter of a decade's export's allocation.
     */
    private static final ThreadLocal<Buffers> BUFFERS = new ThreadLocal<>();

    private IndexedPng() {
    }

    /**
     * The image as PNG bytes, deflated at the level given. The image is one int a pixel, as {@link ChartImage} draws,
     * and its rows begin at the start of its pixels: a whole image or the top of one as wide.
     */
    static byte[] write(BufferedImage image, int level) {
        var buffers = BUFFERS.get();
        if (buffers == null) {
            buffers = new Buffers();
            BUFFERS.set(buffers);
        }
        int length = indexed(image, buffers);
        byte[] pixels = buffers.deflated(length, level);
        var png = new ByteArrayOutputStream(pixels.length + 1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(image.getWidth()).putInt(image.getHeight()).put(BIT_DEPTH)
                .put(PALETTE_COLOUR).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "PLTE", palette(ChartPalette.NETWORK));
        chunk(png, "IDAT", pixels);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Lets go of this thread's buffers: for a thread that drew charts in passing and lives on. */
    static void releaseBuffers() {
        var buffers = BUFFERS.get();
        if (buffers != null) {
            buffers.deflater.end();
            BUFFERS.remove();
        }
    }

    /**
     * The rows of palette indices, each after its filter byte. Most of a chart is the white its canvas was cleared to
     * ({@link ChartImage#canvas}): every byte starts as white, {@link Arrays#mismatch} passes over that white many
     * pixels at a time, and only the stretches drawn on are looked at pixel by pixel, each new colour looked up once.
     * Looking at every pixel, a run of one colour at a time, took 1.6 times as long on the charts of a tenth of the
     * decade (docs/benchmarks.md).
     */
    private static int indexed(BufferedImage image, Buffers buffers) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        var lookup = buffers.lookup;
        int length = height * (width + 1);
        byte[] scanlines = buffers.scanlines(length);
        Arrays.fill(scanlines, 0, length, lookup.indexOf(WHITE));
        int[] cleared = buffers.clearedRow(width);
        for (int y = 0; y < height; y++) {
            int from = y * width;
            int to = y * (width + 1) + 1;
            scanlines[to - 1] = NO_FILTER;
            int x = 0;
            while (x < width) {
                int whiteFor = Arrays.mismatch(pixels, from + x, from + width, cleared, x, width);
                if (whiteFor < 0) {
                    break;
                }
                x = drawnOn(pixels, from, x + whiteFor, width, scanlines, to, lookup);
            }
        }
        return length;
    }

    /**
     * Stores a stretch of a row drawn on, from {@code x} to the next pixel still as cleared or the row's end, and says
     * where it ended. White that antialiasing blends is stored as white, through the lookup.
     */
    private static int drawnOn(int[] pixels, int from, int x, int width, byte[] scanlines, int to,
                               ChartPalette.Lookup lookup) {
        int colour = pixels[from + x];
        byte index = lookup.indexOf(colour & 0xFFFFFF);
        int end = x;
        while (end < width && pixels[from + end] != CLEARED) {
            int pixel = pixels[from + end];
            if (pixel != colour) {
                colour = pixel;
                index = lookup.indexOf(pixel & 0xFFFFFF);
            }
            scanlines[to + end] = index;
            end++;
        }
        return end;
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

    /** A thread's lookup, rows and deflater, grown to the largest chart it has written. */
    private static final class Buffers {

        final ChartPalette.Lookup lookup = new ChartPalette.Lookup(ChartPalette.NETWORK);
        final Deflater deflater = new Deflater();
        private byte[] scanlines = new byte[0];
        private byte[] out = new byte[64 * 1024];
        private int[] clearedRow = new int[0];

        byte[] scanlines(int length) {
            if (scanlines.length < length) {
                scanlines = new byte[length];
            }
            return scanlines;
        }

        /** A row of pixels as the canvas is cleared, at least as wide as asked. */
        int[] clearedRow(int width) {
            if (clearedRow.length < width) {
                clearedRow = new int[width];
                Arrays.fill(clearedRow, CLEARED);
            }
            return clearedRow;
        }

        /** The first bytes of the rows, deflated. */
        byte[] deflated(int length, int level) {
            deflater.reset();
            deflater.setLevel(level);
            deflater.setInput(scanlines, 0, length);
            deflater.finish();
            int written = 0;
            while (!deflater.finished()) {
                if (written == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                written += deflater.deflate(out, written, out.length - written);
            }
            return Arrays.copyOf(out, written);
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
