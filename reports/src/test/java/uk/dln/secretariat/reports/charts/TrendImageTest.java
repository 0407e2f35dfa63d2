package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrendImageTest {

    @Test
    void theLatestReadingsLabelStaysInsideThePlotAndNeverCoversTheValuesOnItsAxis() {
        // Seen in a rendered pack: a first-quarter reading's "55 - Off track" hid the axis's "60".
        int width = 90;
        for (int readingX = TrendImage.plotLeft(); readingX <= TrendImage.plotRight(); readingX++) {
            int left = TrendImage.labelLeft(readingX, width);
            assertTrue(left >= TrendImage.plotLeft(), "a label for a reading at " + readingX + " starts at " + left);
            assertTrue(left + width <= TrendImage.plotRight(), "a label for a reading at " + readingX + " ends at "
                    + (left + width));
        }
    }
}
