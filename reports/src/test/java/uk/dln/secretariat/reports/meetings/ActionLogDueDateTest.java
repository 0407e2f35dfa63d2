package uk.dln.secretariat.reports.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.reports.BundleTexts;

class ActionLogDueDateTest {

    private static final BundleTexts TEXTS = new BundleTexts();
    private static final Action ACTION = new Action(1, "A26/10/01", "Share guidance", 1, 1, 10, null,
            LocalDate.of(2026, 10, 22), LocalDate.of(2027, 1, 28), ActionStatus.OPEN, null);

    private static ActionLogEntry entry(LocalDate firstAgreed) {
        return new ActionLogEntry(ACTION, "Ada Lovelace", "", "HMRC", 10, LocalDate.of(2026, 10, 22), null, "", null,
                firstAgreed);
    }

    @Test
    void aMovedDueDateSaysWhichDateItRevises() {
        assertEquals("28 Jan 2027 (revised from 3 Dec 2026)",
                ActionLogSection.due(TEXTS, entry(LocalDate.of(2026, 12, 3))));
    }

    @Test
    void aDueDateAsFirstAgreedIsJustTheDate() {
        assertEquals("28 Jan 2027", ActionLogSection.due(TEXTS, entry(null)));
        assertEquals("28 Jan 2027", ActionLogSection.due(TEXTS, entry(LocalDate.of(2027, 1, 28))));
    }
}
