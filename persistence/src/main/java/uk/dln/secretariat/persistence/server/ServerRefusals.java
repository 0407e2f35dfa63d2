package uk.dln.secretariat.persistence.server;

import java.sql.SQLException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;

/**
 * A change the server's roles refuse (decision 0038, "Roles") reaches the person as a message that says so: a table
 * their role may not change, or a row of another organisation's, both of which PostgreSQL reports as
 * {@code insufficient_privilege}. Other failures pass unchanged.
 */
final class ServerRefusals implements ExecuteListener {

    /** PostgreSQL's {@code insufficient_privilege}: no grant, or a row-level security policy's check failed. */
    private static final Logger LOG = LoggerFactory.getLogger(ServerRefusals.class);

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final ServerAddress address;

    ServerRefusals(ServerAddress address) {
        this.address = address;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        for (Throwable t = ctx.exception(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                LOG.info("{} refused a change by {}: {}", address, address.user(), sql.getMessage());
                ctx.exception(new SecretariatException(ctx.exception(), "workspace.error.serverRefused"));
                return;
            }
        }
    }
}
