package uk.dln.secretariat.reports.boardpack;

import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.RiskRating;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordTable.Cell;

/** Table cells for ratings: the word always, on its colour. */
final class Cells {

    private Cells() {
    }

    static Cell confidence(Texts texts, DeliveryConfidence confidence) {
        return Cell.rated(texts.get(confidence.messageKey()), RagPalette.of(confidence));
    }

    static Cell rating(Texts texts, RiskRating rating) {
        return Cell.rated(texts.get(rating.messageKey()), RagPalette.of(rating));
    }

    static Cell track(Texts texts, IndicatorTrack track) {
        return Cell.rated(texts.get(track.messageKey()), RagPalette.of(track));
    }

    static Cell slippage(Texts texts, Milestone milestone) {
        return Cell.of(texts.slippage(milestone.slippageDays()));
    }

    /** Tables write dates short ("17 Sep 2026"), so one fits its column on one line. */
    static Cell date(Texts texts, java.time.LocalDate date) {
        return Cell.of(texts.shortDate(date));
    }

    static Cell number(long value) {
        return Cell.of(String.valueOf(value));
    }
}
