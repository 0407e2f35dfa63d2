package uk.dln.secretariat.persistence.backup;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** SQLite's quick check (every page and record readable and well formed) passes. */
    static boolean isIntact(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA quick_check")) {
            return rows.next() && "ok".equalsIgnoreCase(rows.getString(1)) && !rows.next();
        } catch (SQLException e) {
            LOG.info("{} failed its check: {}", file, e.getMessage());
            return false;
        }
    }
}
