package uk.dln.secretariat.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the record whose stored date or time no longer reads as one, once reading has failed on it: the
 * converters that read a date see only its text, not whose it is, and a person fixing the file needs the record.
 * Dates are the columns ending {@code _on}, {@code _date}, {@code _from} or {@code _to}, times those ending
 * {@code _at}, as the code generator maps them.
 */
final class StoredDates {

    private static final Logger LOG = LoggerFactory.getLogger(StoredDates.class);
    private static final Pattern DATE = Pattern.compile(".*_(on|date|from|to)");
    private static final Pattern TIME = Pattern.compile(".*_at");

    /** One unreadable value: in which table, which record (its id) and column, and what is stored. */
    record Unreadable(String table, long id, String column, String value) {
    }

    private StoredDates() {
    }

    static Optional<Unreadable> firstUnreadable(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                for (String column : columns(connection, table)) {
                    Optional<Unreadable> found = unreadableIn(connection, table, column);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not look for the unreadable date", e);
        }
        return Optional.empty();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('flyway_schema_history', 'audit_actor') "
                     + "ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = connection.prepareStatement("SELECT name FROM pragma_table_info(?) "
                + "WHERE upper(type) = 'TEXT'")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    if (DATE.matcher(column).matches() || TIME.matcher(column).matches()) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }

    private static Optional<Unreadable> unreadableIn(Connection connection, String table, String column)
            throws SQLException {
        String quotedTable = quoted(table);
        String quotedColumn = quoted(column);
        // A date must be exactly what SQLite's date() makes of it; a time need only be one SQLite can read.
        String wrong = DATE.matcher(column).matches()
                ? "date(" + quotedColumn + ") IS NOT " + quotedColumn
                : "datetime(" + quotedColumn + ") IS NULL";
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT rowid, " + quotedColumn + " FROM " + quotedTable
                     + " WHERE " + quotedColumn + " IS NOT NULL AND " + wrong + " LIMIT 1")) {
            if (rows.next()) {
                return Optional.of(new Unreadable(table, rows.getLong(1), column, rows.getString(2)));
            }
        }
        return Optional.empty();
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
