package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import uk.dln.secretariat.model.SecretariatException;

/** Turns SQLite and Flyway failures while opening a file into messages that say what to do. */
final class WorkspaceErrors {

    private WorkspaceErrors() {
    }

    static SecretariatException translate(Path file, Exception error) {
        SQLException sql = Workspace.rootSqlException(error);
        if (sql instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            switch (code) {
                case SQLITE_NOTADB:
                    return new SecretariatException(error, "workspace.error.notWorkspace", file);
                case SQLITE_CORRUPT:
                    return new SecretariatException(error, "workspace.error.damaged", file);
                case SQLITE_READONLY:
                case SQLITE_CANTOPEN:
                case SQLITE_PERM:
                    return new SecretariatException(error, "workspace.error.cannotWrite", file);
                case SQLITE_BUSY:
                case SQLITE_LOCKED:
                    return new SecretariatException(error, "workspace.error.busy", file);
                case SQLITE_FULL:
                    return new SecretariatException(error, "workspace.error.diskFull", file);
                default:
                    break;
            }
        }
        return new SecretariatException(error, "workspace.error.open", file, String.valueOf(error.getMessage()));
    }
}
