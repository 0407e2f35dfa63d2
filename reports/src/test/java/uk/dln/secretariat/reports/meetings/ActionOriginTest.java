package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.settings.DocumentLanguage;
import uk.dln.secretariat.reports.BundleTexts;

/** Where an action was raised is worded by the document, in its language, from the facts the log carries. */
class ActionOriginTest {

    private static final LocalDate MEETING_ON = LocalDate.of(2026, 10, 22);
    private static final Action ACTION = new Action(1, "A26/10/01", "Share guidance", 1, 1, 10, null, MEETING_ON,
            LocalDate.of(2027, 1, 28), ActionStatus.OPEN, null);

    private static ActionLogEntry raisedAt(Integer itemPosition) {
        return new ActionLogEntry(ACTION, "Ada Lovelace", "", "HMRC", 10, MEETING_ON, itemPosition, "", null, null);
    }

    @Test
    void anActionRaisedAtAnItemNamesTheMeetingAndTheItem() {
        assertEquals("meeting of 22 Oct 2026, item 4", new BundleTexts().raisedAt(raisedAt(4)));
    }

    @Test
    void anActionWhoseItemWasRemovedNamesTheMeetingAlone() {
        assertEquals("meeting of 22 Oct 2026", new BundleTexts().raisedAt(raisedAt(null)));
    }

    @Test
    void aWelshDocumentWordsTheOriginInWelsh() {
        var welsh = new BundleTexts(DocumentLanguage.WELSH);
        assertEquals("cyfarfod " + welsh.shortDate(MEETING_ON) + ", eitem 4", welsh.raisedAt(raisedAt(4)));
    }
}
