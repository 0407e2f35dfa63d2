package uk.dln.secretariat.persistence.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Tells the audit triggers who is making the changes of each write transaction, and when (see decision 0007). When
 * the outermost transaction begins, the acting user goes into {@code audit_actor}; just before it commits, the row
 * is removed again, so the file as committed never names anyone and a change from outside the app is recorded with
 * no name rather than the wrong one. Nested transactions (savepoints) leave the row alone.
 */
public final class AuditStamping implements TransactionProvider {

    /** The same text form as every other time in the file, fixed width so that entries sort by it. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final String OUTERMOST = AuditStamping.class.getName() + ".outermost";

    private final TransactionProvider delegate;
    private final String user;
    private final Clock clock;

    /**
     * @param delegate the provider that really begins and ends transactions
     * @param user     the operating-system user recorded as making the changes
     */
    public AuditStamping(TransactionProvider delegate, String user, Clock clock) {
        this.delegate = delegate;
        this.user = user;
        this.clock = clock;
    }

    /** The person using the app, as the operating system knows them. */
    public static String currentUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }

    @Override
    public void begin(TransactionContext ctx) throws DataAccessException {
        delegate.begin(ctx);
        // A nested transaction's configuration is derived from its parent's and so already carries the marker.
        if (ctx.configuration().data(OUTERMOST) == null) {
            ctx.configuration().data(OUTERMOST, ctx);
            // An explicit upsert rather than SQLite's replace, which deletes the row it replaces unseen by the audit
            // triggers and quietly deletes any other row in its way.
            ctx.dsl().execute("INSERT INTO audit_actor (id, user_name, acted_at) VALUES (1, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name, acted_at = excluded.acted_at",
                    user, LocalDateTime.now(clock).format(STAMP));
        }
    }

    @Override
    public void commit(TransactionContext ctx) throws DataAccessException {
        if (ctx.configuration().data(OUTERMOST) == ctx) {
            ctx.dsl().execute("DELETE FROM audit_actor");
        }
        delegate.commit(ctx);
    }

    @Override
    public void rollback(TransactionContext ctx) throws DataAccessException {
        delegate.rollback(ctx);
    }
}
