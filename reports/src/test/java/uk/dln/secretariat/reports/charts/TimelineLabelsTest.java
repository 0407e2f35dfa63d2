package uk.dln.secretariat.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A timeline shows each milestone's whole name, wrapped onto as many lines as it needs, never cut short. */
class TimelineLabelsTest {

    private static final double WIDTH = 156;

    @ParameterizedTest
    @ValueSource(strings = {"Go live",
            "Move every remaining case-working team onto the new platform, with training for all staff first",
            "Decommission the legacy mainframe and its batch scheduler",
            "Supercalifragilisticexpialidociousplatformconsolidationprogramme phase two"})
    void everyWordOfTheNameIsShownInOrderOnLinesThatFit(String title) {
        List<String> lines = TimelineImage.labelLines(title);
        var metrics = Wrapping.metrics(ChartImage.font(Font.PLAIN, 10));

        assertEquals(title.replace(" ", ""), String.join("", lines).replace(" ", ""), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("\u2026")), lines.toString());
        assertTrue(lines.stream().allMatch(line -> metrics.stringWidth(line) <= WIDTH), lines.toString());
    }

    @Test
    void aShortNameTakesOneLineAndALongOneSeveral() {
        assertEquals(List.of("Go live"), TimelineImage.labelLines("Go live"));
        assertTrue(TimelineImage.labelLines("Move every remaining case-working team onto the new platform, with "
                + "training for all staff first").size() >= 3);
    }

    @Test
    void aRowGrowsByALineForEachFurtherLineOfItsName() {
        assertEquals(TimelineImage.rowHeight(1) + 24, TimelineImage.rowHeight(3));
        assertFalse(TimelineImage.rowHeight(0) < TimelineImage.rowHeight(1));
    }
}
