package uk.dln.secretariat.persistence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresServerTest {

    @Test
    void theTestsRunAgainstARealPostgreSqlFifteenOrNewer(TestDatabase database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery("SHOW server_version_num")) {
            result.next();
            assertTrue(result.getInt(1) >= 150000, "server version " + result.getInt(1));
        }
    }

    @Test
    void everyTestGetsADatabaseOfItsOwnOnTheOneServer(TestDatabase first, TestDatabase second) throws SQLException {
        assertEquals(first.server(), second.server());
        try (var connection = first.connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
        }
        try (var connection = second.connect(); var statement = connection.createStatement();
             var result = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_first'")) {
            result.next();
            assertEquals(0, result.getInt(1));
        }
    }
}
