package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.RagPalette;

/** The colours charts are stored in: few enough for one byte a pixel, and the network's own kept exactly. */
class ChartPaletteTest {

    private static final ChartPalette PALETTE = ChartPalette.NETWORK;

    @Test
    void fitsInOneByteAPixel() {
        assertTrue(PALETTE.size() <= 256, PALETTE.size() + " colours");
        assertThrows(IllegalArgumentException.class, () -> new ChartPalette(new int[257]));
    }

    @Test
    void everyColourOfTheNetworkIsItsOwnNearest() throws Exception {
        // Every colour RagPalette names, so that one added there without a place here fails.
        int named = 0;
        for (Field field : RagPalette.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String hex = (String) field.get(null);
                int rgb = Integer.parseInt(hex, 16);
                assertEquals(rgb, PALETTE.colour(PALETTE.nearest(rgb)), field.getName() + " " + hex);
                named++;
            }
        }
        assertTrue(named >= 10, named + " colours named");
    }

    @Test
    void aBlendOfTextOnItsFillIsKeptClose() {
        // Half black, half yellow: the edge of a letter on a yellow swatch.
        int black = Integer.parseInt(RagPalette.BLACK, 16);
        int yellow = Integer.parseInt(RagPalette.YELLOW, 16);
        int half = mix(black, yellow);

        int stored = PALETTE.colour(PALETTE.nearest(half));

        for (int shift = 16; shift >= 0; shift -= 8) {
            assertTrue(Math.abs(((stored >> shift) & 0xFF) - ((half >> shift) & 0xFF)) <= 10,
                    Integer.toHexString(half) + " stored as " + Integer.toHexString(stored));
        }
    }

    @Test
    void theLookupFindsWhatTheSearchFindsEvenWhenItHasSeenMoreThanItKeeps() {
        var lookup = new ChartPalette.Lookup(PALETTE);
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int rgb = random.nextInt(0x1000000);
            assertEquals(PALETTE.nearest(rgb), lookup.indexOf(rgb) & 0xFF, Integer.toHexString(rgb));
        }
    }

    private static int mix(int a, int b) {
        int mixed = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            mixed |= ((((a >> shift) & 0xFF) + ((b >> shift) & 0xFF)) / 2) << shift;
        }
        return mixed;
    }
}
