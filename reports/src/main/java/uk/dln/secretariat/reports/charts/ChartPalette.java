package uk.dln.secretariat.reports.charts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.dln.secretariat.reports.RagPalette;

/**
 * The colours a chart is stored in, at most 256, so that it is stored one byte a pixel. A chart is drawn in full colour
 * and then stored with each pixel as the nearest of these: the network's colours themselves, exactly, and the blends
 * that antialiasing makes where they meet, in 16 steps: each colour on white, a swatch's text on its fill, and a line
 * on a grid line. One byte a pixel is a third of what the PNG encoder has to deflate, which was most of a pack's export
 * (decision 0054). At print resolution the steps cannot be seen: a decade's timelines stored so differ from their
 * full-colour drawing by a peak signal-to-noise ratio of about 50 dB.
 */
final class ChartPalette {

    static final int MOST = 256;
    private static final int STEPS = 16;
    private static final int WHITE = rgb(RagPalette.WHITE);

    /** Every colour charts draw with, including the colours of a swatch's text. */
    private static final List<String> COLOURS = List.of(RagPalette.RED, RagPalette.ORANGE, RagPalette.GREEN,
            RagPalette.YELLOW, RagPalette.BLUE, RagPalette.BLACK, RagPalette.GREY, RagPalette.BORDER, RagPalette.SHADE);

    /** Pairs of colours drawn one on the other, but for white, whose blends with each colour are there already. */
    private static final List<List<String>> MEETING = List.of(
            List.of(RagPalette.BLACK, RagPalette.ORANGE), List.of(RagPalette.BLACK, RagPalette.YELLOW),
            List.of(RagPalette.GREY, RagPalette.SHADE), List.of(RagPalette.BLACK, RagPalette.SHADE),
            List.of(RagPalette.BLUE, RagPalette.BORDER), List.of(RagPalette.GREY, RagPalette.BORDER),
            List.of(RagPalette.BLACK, RagPalette.BORDER));

    static final ChartPalette NETWORK = new ChartPalette(colours());

    private final int[] colours;

    ChartPalette(int[] colours) {
        if (colours.length == 0 || colours.length > MOST) {
            throw new IllegalArgumentException("A palette holds 1 to " + MOST + " colours, not " + colours.length);
        }
        this.colours = colours.clone();
    }

    int size() {
        return colours.length;
    }

    /** The colour at an index, as 0xRRGGBB. */
    int colour(int index) {
        return colours[index];
    }

    /**
     * The index of the colour nearest to one drawn, weighting green most and blue least, as the eye does. A colour of
     * the palette is its own nearest.
     */
    int nearest(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int red = ((rgb >> 16) & 0xFF) - ((colours[i] >> 16) & 0xFF);
            int green = ((rgb >> 8) & 0xFF) - ((colours[i] >> 8) & 0xFF);
            int blue = (rgb & 0xFF) - (colours[i] & 0xFF);
            long distance = 2L * red * red + 4L * green * green + (long) blue * blue;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static int[] colours() {
        Set<Integer> colours = new LinkedHashSet<>();
        colours.add(WHITE);
        for (String colour : COLOURS) {
            addSteps(colours, WHITE, rgb(colour));
        }
        for (List<String> pair : MEETING) {
            addSteps(colours, rgb(pair.get(0)), rgb(pair.get(1)));
        }
        return colours.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The steps from one colour to another, the second included. */
    private static void addSteps(Set<Integer> colours, int from, int to) {
        for (int step = 1; step <= STEPS; step++) {
            colours.add(blend(from, to, step / (double) STEPS));
        }
    }

    private static int blend(int from, int to, double share) {
        int blended = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double channel = ((from >> shift) & 0xFF) * (1 - share) + ((to >> shift) & 0xFF) * share;
            blended |= (int) Math.round(channel) << shift;
        }
        return blended;
    }

    private static int rgb(String hex) {
        return ChartImage.colour(hex).getRGB() & 0xFFFFFF;
    }

    /**
     * Finds each drawn colour's nearest once: a chart has a few hundred colours but a hundred thousand pixels, most of
     * them the colour of the pixel before. One a thread; it forgets what it has seen when half full.
     */
    static final class Lookup {

        private static final int BITS = 13;
        private static final int SLOTS = 1 << BITS;
        private static final int EMPTY = -1;

        private final ChartPalette palette;
        private final int[] drawn = new int[SLOTS];
        private final byte[] index = new byte[SLOTS];
        private int filled;

        Lookup(ChartPalette palette) {
            this.palette = palette;
            Arrays.fill(drawn, EMPTY);
        }

        /** The palette index of a drawn colour (0xRRGGBB), as a byte. */
        byte indexOf(int rgb) {
            int slot = home(rgb);
            while (drawn[slot] != EMPTY) {
                if (drawn[slot] == rgb) {
                    return index[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            if (filled == SLOTS / 2) {
                Arrays.fill(drawn, EMPTY);
                filled = 0;
                slot = home(rgb);
            }
            drawn[slot] = rgb;
            index[slot] = (byte) palette.nearest(rgb);
            filled++;
            return index[slot];
        }

        private static int home(int rgb) {
            return (rgb * 0x9E3779B1) >>> (Integer.SIZE - BITS);
        }
    }
}
