package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.marking.ProtectiveMarking;

/** A stored date that no longer reads as a date (edited outside the app, say) is reported with its record named. */
class UnreadableStoredValueTest {

    @TempDir
    Path folder;

    @Test
    void readingARecordWhoseDateIsCorruptNamesTheRecordAndTheValue() throws Exception {
        Path file = folder.resolve("Network.secretariat");
        long id;
        try (var workspace = Workspace.open(file)) {
            id = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(10, 0), 120,
                    "10 Whitehall", null, ProtectiveMarking.OFFICIAL)).id();
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE meeting SET meeting_on = '2026-13-45' WHERE id = " + id);
        }

        try (var workspace = Workspace.open(file)) {
            var refused = assertThrows(SecretariatException.class, () -> workspace.meetings().findAll());

            assertEquals("workspace.error.unreadableValue", refused.messageKey());
            String said = refused.arguments().toString();
            assertTrue(said.contains("meeting " + id) && said.contains("meeting_on") && said.contains("2026-13-45"),
                    said);
        }
    }
}
