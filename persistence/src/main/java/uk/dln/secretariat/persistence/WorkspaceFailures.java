package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;
import uk.dln.secretariat.model.Problem;

/**
 * Gives every failure of an open workspace that is about the file (read only, disk full, damaged, busy) the
 * message that says so, whether it happens in a statement or when a transaction commits. Other failures pass
 * unchanged: repositories check rules first and give their own messages.
 */
final class WorkspaceFailures implements ExecuteListener {

    private final Path file;
    private final Problem readOnlyReason;

    /** @param readOnlyReason why the workspace is read only; null when it was opened for changes */
    WorkspaceFailures(Path file, Problem readOnlyReason) {
        this.file = file;
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
        return WorkspaceErrors.known(file, error, readOnlyReason).map(RuntimeException.class::cast).orElse(error);
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
