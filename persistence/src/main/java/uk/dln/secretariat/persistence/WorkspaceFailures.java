package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.time.DateTimeException;
import javax.sql.DataSource;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;

/**
 * Gives every failure of an open workspace that is about the file (read only, disk full, damaged, busy) the
 * message that says so, whether it happens in a statement or when a transaction commits. Other failures pass
 * unchanged: repositories check rules first and give their own messages.
 */
final class WorkspaceFailures implements ExecuteListener {

    private final Path file;
    private final DataSource dataSource;
    private final Problem readOnlyReason;

    /**
     * @param dataSource     the workspace's connections, to find the record behind a value that cannot be read
     * @param readOnlyReason why the workspace is read only; null when it was opened for changes
     */
    WorkspaceFailures(Path file, DataSource dataSource, Problem readOnlyReason) {
        this.file = file;
        this.dataSource = dataSource;
        this.readOnlyReason = readOnlyReason;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException error = ctx.exception();
        if (error != null) {
            ctx.exception(translate(error));
        }
    }

    RuntimeException translate(RuntimeException error) {
        if (error instanceof SecretariatException) {
            return error;
        }
        if (causedByUnreadableDate(error)) {
            return unreadableDate(error);
        }
        return WorkspaceErrors.known(file, error, readOnlyReason).map(RuntimeException.class::cast).orElse(error);
    }

    private static boolean causedByUnreadableDate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DateTimeException) {
                return true;
            }
        }
        return false;
    }

    /** The file holds something no version of the app wrote: damage, named so that it can be found and mended. */
    private SecretariatException unreadableDate(RuntimeException error) {
        return StoredDates.firstUnreadable(dataSource)
                .map(found -> new SecretariatException(error, "workspace.error.unreadableValue", file,
                        found.table() + " " + found.id(), found.column(), found.value()))
                .orElseGet(() -> new SecretariatException(error, "workspace.error.unreadableValue", file, "?", "?",
                        String.valueOf(error.getMessage())));
    }

    /** Commits are where a full disk usually shows: SQLite writes the log then. */
    TransactionProvider around(TransactionProvider provider) {
        return new TransactionProvider() {
            @Override
            public void begin(TransactionContext ctx) {
                try {
                    provider.begin(ctx);
                } catch (DataAccessException e) {
                    throw translate(e);
                }
            }

            @Override
            public void commit(TransactionContext ctx) {
                try {
                    provider.commit(ctx);
                } catch (DataAccessException e) {
                    throw translate(e);
                }
            }

            @Override
            public void rollback(TransactionContext ctx) {
                provider.rollback(ctx);
            }
        };
    }
}
