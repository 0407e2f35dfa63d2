package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;

/** Turns SQLite and Flyway failures into messages that say what happened to the file and what to do. */
final class WorkspaceErrors {

    static final String DAMAGED = "workspace.error.damaged";

    private WorkspaceErrors() {
    }

    /** For failures while opening: always a message, a general one when SQLite's code says nothing useful. */
    static SecretariatException translate(Path file, Exception error) {
        return known(file, error, null).orElseGet(() ->
                new SecretariatException(error, "workspace.error.open", file, String.valueOf(error.getMessage())));
    }

    /**
     * For failures of a file in use: empty when the failure is not about the file itself (a broken rule, say).
     *
     * @param readOnlyReason why the workspace was opened read only, or null when it was opened for changes
     */
    static Optional<SecretariatException> known(Path file, Throwable error, Problem readOnlyReason) {
        SQLException sql = rootSqlException(error);
        if (!(sql instanceof SQLiteException sqlite)) {
            return Optional.empty();
        }
        // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED...) share their primary code's low byte.
        SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xff);
        SecretariatException translated = switch (primary) {
            case SQLITE_NOTADB -> new SecretariatException(error, "workspace.error.notWorkspace", file);
            case SQLITE_CORRUPT -> new SecretariatException(error, DAMAGED, file);
            case SQLITE_READONLY -> readOnlyReason != null
                    ? new SecretariatException(error, "workspace.error.readOnly", readOnlyReason)
                    : new SecretariatException(error, "workspace.error.cannotWrite", file);
            case SQLITE_CANTOPEN, SQLITE_PERM -> new SecretariatException(error, "workspace.error.cannotWrite", file);
            case SQLITE_BUSY, SQLITE_LOCKED -> new SecretariatException(error, "workspace.error.busy", file);
            case SQLITE_FULL -> new SecretariatException(error, "workspace.error.diskFull", file);
            case SQLITE_IOERR -> new SecretariatException(error, "workspace.error.io", file);
            default -> null;
        };
        return Optional.ofNullable(translated);
    }

    /** SQLite's own message is technical; callers get ours and the log keeps SQLite's. */
    static SQLException rootSqlException(Throwable error) {
        SQLException outermost = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            // SQLite's own exception says what went wrong; the pool's, wrapped round it, only that it did.
            if (t instanceof SQLiteException sqlite) {
                return sqlite;
            }
            if (outermost == null && t instanceof SQLException sql) {
                outermost = sql;
            }
        }
        return outermost;
    }
}
