package uk.dln.secretariat.persistence;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionProvider;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultTransactionProvider;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.persistence.audit.AuditStamping;

/** Builds the one {@link DSLContext} of an open workspace: audited transactions, failures in plain words. */
final class WorkspaceContext {

    private WorkspaceContext() {
    }

    /** @param readOnlyReason why the workspace is read only; null when it is open for changes */
    static DSLContext create(Path file, DataSource dataSource, Clock clock, Problem readOnlyReason,
                             StatementCounter statements) {
        var failures = new WorkspaceFailures(file, dataSource, readOnlyReason);
        var connections = new DataSourceConnectionProvider(dataSource);
        TransactionProvider transactions = new DefaultTransactionProvider(connections);
        if (readOnlyReason == null) {
            transactions = new AuditStamping(transactions, AuditStamping.currentUser(), clock);
        }
        var configuration = new DefaultConfiguration()
                .set(connections)
                .set(SQLDialect.SQLITE)
                .set(new Settings().withExecuteLogging(false))
                .set(failures.around(transactions))
                .set(new DefaultExecuteListenerProvider(failures), new DefaultExecuteListenerProvider(statements));
        return DSL.using(configuration);
    }
}
