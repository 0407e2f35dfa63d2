package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import uk.dln.secretariat.model.SecretariatException;

/** Looks at a workspace file through a read-only connection, so a file it refuses is left exactly as it was. */
final class WorkspaceInspector {

    private static final String FULL_CHECK = "PRAGMA integrity_check";

    private WorkspaceInspector() {
    }

    /**
     * Refuses what a command that works on an existing workspace must not touch: nothing there (it would be
     * created), a folder, an empty file (SQLite would quietly make it a database) or a file that is not SQLite's.
     */
    static void requireWorkspaceFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new SecretariatException("workspace.error.folder", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new SecretariatException("workspace.error.missing", file);
        }
        try {
            if (Files.size(file) == 0) {
                throw new SecretariatException("workspace.error.empty", file);
            }
        } catch (IOException e) {
            throw new SecretariatException(e, "workspace.error.unreadable", file, e.getMessage());
        }
        requireSqliteHeader(file);
    }

    /**
     * What opening needs to know. Throws a user-facing error, without changing a byte, if the file is not a
     * workspace or is newer than the app.
     */
    static SchemaVersions.SchemaStatus refuseUnusable(Path file, DataSource readOnly) {
        requireSqliteHeader(file);
        try {
            return schemaStatus(file, readOnly);
        } catch (SQLException | FlywayException e) {
            throw WorkspaceErrors.translate(file, e);
        }
    }

    /**
     * Refuses a file that fails SQLite's full integrity check. The quick check, once run here, misses damage inside
     * an index (a page whose entries no longer match their rows), which then spread into every backup; the full
     * check costs about a tenth of a second more at a decade's size (decision 0028).
     */
    static void requireIntact(Path file, DataSource readOnly) {
        try {
            if (!checkPasses(readOnly, FULL_CHECK)) {
                throw new SecretariatException(WorkspaceErrors.DAMAGED, file);
            }
        } catch (SQLException e) {
            throw WorkspaceErrors.translate(file, e);
        }
    }

    /** The header and SQLite's full check, nothing about versions: whether the file can be copied as it is. */
    static boolean isSound(Path file, DataSource readOnly) {
        try {
            return WorkspaceFile.looksLikeSqlite(file) && checkPasses(readOnly, FULL_CHECK);
        } catch (IOException | SQLException e) {
            return false;
        }
    }

    /** The full integrity and foreign-key checks, for {@code check}. */
    static WorkspaceHealth check(Path file, DataSource readOnly) {
        try {
            SchemaVersions.SchemaStatus status = schemaStatus(file, readOnly);
            return new WorkspaceHealth(file, status.fileVersion(), status.appVersion(), integrityProblems(readOnly));
        } catch (SQLException | FlywayException e) {
            throw WorkspaceErrors.translate(file, e);
        }
    }

    private static SchemaVersions.SchemaStatus schemaStatus(Path file, DataSource readOnly) throws SQLException {
        if (hasForeignTables(readOnly.getConnection())) {
            throw new SecretariatException("workspace.error.notWorkspace", file);
        }
        SchemaVersions.SchemaStatus status = SchemaVersions.read(readOnly);
        if (status.fileIsNewer()) {
            throw new SecretariatException("workspace.error.newer", file, status.fileVersion(), status.appVersion());
        }
        return status;
    }

    private static void requireSqliteHeader(Path file) {
        try {
            if (!WorkspaceFile.looksLikeSqlite(file)) {
                throw new SecretariatException("workspace.error.notWorkspace", file);
            }
        } catch (IOException e) {
            throw new SecretariatException(e, "workspace.error.unreadable", file, e.getMessage());
        }
    }

    /** A SQLite file with tables but no migration history belongs to some other program. */
    private static boolean hasForeignTables(Connection connection) throws SQLException {
        try (connection;
             var statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT count(*) AS tables, "
                             + "sum(name = 'flyway_schema_history') AS history "
                             + "FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            rows.next();
            return rows.getInt("tables") > 0 && rows.getInt("history") == 0;
        }
    }

    private static boolean checkPasses(DataSource readOnly, String pragma) throws SQLException {
        try (var connection = readOnly.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(pragma)) {
            return rows.next() && "ok".equalsIgnoreCase(rows.getString(1)) && !rows.next();
        }
    }

    /** SQLite's integrity check, plus the foreign-key check it leaves out. */
    private static List<String> integrityProblems(DataSource readOnly) throws SQLException {
        var problems = new ArrayList<String>();
        try (var connection = readOnly.getConnection(); var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add(line);
                    }
                }
            }
            try (var rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.add("foreign key: " + rows.getString(1) + " row " + rows.getLong(2) + " refers to a missing "
                            + rows.getString(3));
                }
            }
        }
        return problems;
    }
}
