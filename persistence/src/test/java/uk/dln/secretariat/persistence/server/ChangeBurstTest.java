package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.audit.RecordChange;

/** What the feed makes of the server's notices, and of a burst of them. */
class ChangeBurstTest {

    @Test
    void aNoticeNamesEachRecordWithWhoChangedIt() {
        assertEquals(List.of(new RecordChange("action", "12", "alice"), new RecordChange("action", "13", "alice")),
                ChangePayload.read("{\"table\" : \"action\", \"ids\" : [\"12\",\"13\"], \"by\" : \"alice\"}"));
        assertEquals(List.of(RecordChange.wholeTable("action", "alice")),
                ChangePayload.read("{\"table\" : \"action\", \"ids\" : null, \"by\" : \"alice\"}"));
        assertEquals(List.of(RecordChange.anything()), ChangePayload.read(ChangePayload.WHOLE_WORKSPACE));
    }

    @Test
    void aNoticeThatIsNotACompleteChangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChangePayload.read("hello"));
        assertThrows(IllegalArgumentException.class, () -> ChangePayload.read("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> ChangePayload.read("{\"table\": 3}"));
        assertThrows(IllegalArgumentException.class, () -> ChangePayload.read("{\"table\": \"action\", \"ids\": 3}"));
    }

    @Test
    void theSameRecordChangedTwiceInABurstIsToldOnce() {
        var burst = new ChangeBurst();
        burst.add(new RecordChange("milestone", "1", "alice"));
        burst.add(new RecordChange("milestone", "1", "alice"));
        burst.add(new RecordChange("risk", "2", "bob"));

        assertEquals(List.of(new RecordChange("milestone", "1", "alice"), new RecordChange("risk", "2", "bob")),
                burst.told());
    }

    @Test
    void moreThanFiftyRecordsOfATableAreOneChangeToTheTableNamingTheOnlyPersonOrNobody() {
        var burst = new ChangeBurst();
        for (int id = 1; id <= ChangeBurst.MOST_RECORDS + 1; id++) {
            burst.add(new RecordChange("action", String.valueOf(id), id == 7 ? "bob" : "alice"));
        }
        burst.add(new RecordChange("risk", "2", "carol"));
        burst.add(RecordChange.wholeTable("milestone", "carol"));
        burst.add(new RecordChange("milestone", "9", "carol"));

        assertEquals(List.of(RecordChange.wholeTable("milestone", "carol"), RecordChange.wholeTable("action", null),
                new RecordChange("risk", "2", "carol")), burst.told());
    }

    @Test
    void anythingChangedSaysItAlone() {
        var burst = new ChangeBurst();
        burst.add(new RecordChange("risk", "2", "carol"));
        burst.add(RecordChange.anything());

        assertEquals(List.of(RecordChange.anything()), burst.told());
    }
}
