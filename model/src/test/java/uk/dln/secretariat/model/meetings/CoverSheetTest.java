package uk.dln.secretariat.model.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

class CoverSheetTest {

    private static CoverSheet recommending(String text) {
        return new CoverSheet("", "", "", text, ProtectiveMarking.OFFICIAL);
    }

    @Test
    void recommendationsOneALineBecomeAListWithoutTheirOpeningWords() {
        var cover = recommending("The network is asked to:\n(a) agree the timetable;\nb) note the risks.\n\n- endorse");

        assertEquals(List.of("agree the timetable;", "note the risks.", "endorse"), cover.recommendationList());
    }

    @Test
    void aSingleSentenceRecommendationLosesOnlyItsOpeningWords() {
        assertEquals(List.of("agree a migration timetable."),
                recommending("The network is asked to agree a migration timetable.").recommendationList());
    }

    @Test
    void aCoverSheetWithoutContextHasNoDateAndPublicationNotYetDecided() {
        var context = recommending("").context();

        assertEquals(null, context.paperDate());
        assertEquals(Publication.NOT_DECIDED, context.publication());
    }
}
