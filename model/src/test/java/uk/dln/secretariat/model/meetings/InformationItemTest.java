package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InformationItemTest {

    @Test
    void aReportThatFitsIsGivenWholeOneFindingALine() {
        String summary = InformationItem.summary("2 gaps:", List.of("DfE: no skills plan", "HMT: no strategy"),
                left -> left + " more");

        assertEquals("2 gaps:\nDfE: no skills plan\nHMT: no strategy", summary);
    }

    @Test
    void aReportTooLongForTheCoverSheetEndsSayingHowManyFindingsAreLeftOut() {
        var findings = Collections.nCopies(100, "x".repeat(99));

        String summary = InformationItem.summary("100 findings:", findings, left -> "and " + left + " more");

        assertTrue(summary.length() <= CoverSheet.TEXT_MAX, "fits the cover sheet: " + summary.length());
        var lines = summary.lines().toList();
        int shown = lines.size() - 2;
        assertEquals("and " + (100 - shown) + " more", lines.get(lines.size() - 1));
        assertEquals(39, shown);
    }
}
