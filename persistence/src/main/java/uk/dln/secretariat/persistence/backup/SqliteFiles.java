package uk.dln.secretariat.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Checks a backup file, which nothing else writes, without creating so much as a journal beside it. */
final class SqliteFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFiles.class);

    private SqliteFiles() {
    }

    /**
     * SQLite's full integrity check passes: every page and record readable and well formed, and every index
     * entry matching its row (the quick check leaves that last out, and so once let a damaged index into backups).
     */
    static boolean isIntact(Path file) {
        return check(file, false);
    }

    /** Intact, and a workspace: not empty, and with the history of its schema (a file of another program has none). */
    static boolean isWorkspace(Path file) {
        return check(file, true);
    }

    private static boolean check(Path file, boolean mustBeWorkspace) {
        try {
            if (!Files.isRegularFile(file) || (mustBeWorkspace && Files.size(file) == 0)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
        try (var connection = dataSource.getConnection()) {
            return passes(connection) && (!mustBeWorkspace || hasSchemaHistory(connection));
        } catch (SQLException e) {
            LOG.info("{} failed its check: {}", file, e.getMessage());
            return false;
        }
    }

    private static boolean passes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() && "ok".equalsIgnoreCase(rows.getString(1)) && !rows.next();
        }
    }

    private static boolean hasSchemaHistory(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }
}
