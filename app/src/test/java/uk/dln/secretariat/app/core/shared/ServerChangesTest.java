package uk.dln.secretariat.app.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.model.audit.RecordChange;

class ServerChangesTest {

    @Test
    void aRecordTheServerNamesIsTheRecordTheWindowIsTold() {
        assertEquals(new RecordChanged("action", 7, "coordinator_dwp"),
                ServerChanges.told(new RecordChange("action", "7", "coordinator_dwp")));
    }

    @Test
    void manyRecordsOfATableAreToldAsTheTableWithNoOneRecordsId() {
        assertEquals(new RecordChanged("milestone", RecordChanged.SEVERAL, "secretariat_ann"),
                ServerChanges.told(RecordChange.wholeTable("milestone", "secretariat_ann")));
    }

    @Test
    void aChangeThatMayConcernAnythingReachesEverySectionsTables() {
        RecordChanged anything = ServerChanges.told(RecordChange.anything());
        var group = new ChangedRecords(List.of(anything), Instant.parse("2026-12-03T10:42:00Z"));

        assertEquals(List.of(anything), group.in(Set.of("organisation")).changes());
        assertEquals(List.of(anything), group.in(Set.of("milestone", "risk")).changes());
    }

    @Test
    void aChangeToAnotherTableDoesNotReachASection() {
        var group = new ChangedRecords(List.of(ServerChanges.told(new RecordChange("risk", "3", "x"))),
                Instant.parse("2026-12-03T10:42:00Z"));

        assertEquals(List.of(), group.in(Set.of("organisation")).changes());
    }
}
