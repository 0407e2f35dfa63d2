package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_MILESTONE;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.model.audit.AuditAction;
import uk.dln.secretariat.model.audit.AuditEntry;
import uk.dln.secretariat.model.audit.AuditQuery;
import uk.dln.secretariat.model.audit.FieldChange;

/** The audit trail read back from a server as from a file: each entry's fields in the order they were written. */
@ExtendWith(PostgresExtension.class)
class ServerAuditTrailTest {

    @Test
    void aRecordsHistoryOnTheServerNamesWhoChangedWhichFieldsInTheirOrder(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String carol = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var hers = network.connectAs(carol); var statement = hers.createStatement()) {
                statement.executeUpdate("UPDATE milestone SET forecast_date = '2027-06-30', confidence = 'RED'"
                        + " WHERE id = " + HOME_OFFICE_MILESTONE);
            }
            try (var workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC())) {
                List<AuditEntry> history = workspace.data().audit().history("milestone",
                        String.valueOf(HOME_OFFICE_MILESTONE));

                assertEquals(List.of(AuditAction.CHANGED, AuditAction.CREATED),
                        history.stream().map(AuditEntry::action).toList());
                assertEquals(carol, history.get(0).changedBy());
                assertEquals(List.of(new FieldChange("forecast_date", "2027-03-31", "2027-06-30"),
                        new FieldChange("confidence", "AMBER", "RED")), history.get(0).changes());
                assertEquals(new FieldChange("roadmap_id", null, "101"), history.get(1).changes().get(0));
            }
        }
    }

    @Test
    void theAuditTrailIsSearchedOnTheServerByUserTableDayAndText(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String carol = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var hers = network.connectAs(carol); var statement = hers.createStatement()) {
                statement.executeUpdate("UPDATE milestone SET title = 'Passports online for all'"
                        + " WHERE id = " + HOME_OFFICE_MILESTONE);
            }
            try (var workspace = ServerWorkspace.open(ServerAddress.parse(database.address()), Clock.systemUTC())) {
                var audit = workspace.data().audit();
                LocalDate today = LocalDate.now();

                List<AuditEntry> hers = audit.find(new AuditQuery("milestone", null, "CAROL", today, today,
                        "for all", AuditQuery.DEFAULT_LIMIT));

                assertEquals(1, hers.size());
                assertEquals(List.of(new FieldChange("title", "Passports online", "Passports online for all")),
                        hers.get(0).changes());
                assertEquals(List.of("action", "leader", "meeting", "milestone", "organisation", "roadmap",
                        "server_member"), audit.tables());
            }
        }
    }
}
