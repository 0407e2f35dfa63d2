package uk.dln.secretariat.persistence.server;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.RecordChange;
import uk.dln.secretariat.persistence.SchemaVersions;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.persistence.audit.AuditStamping;

/**
 * A shared workspace on a PostgreSQL server (decision 0038): the server's life cycle (connect, check the schema,
 * upgrade it) around the same repositories a file has ({@link WorkspaceData}). A schema set up by a newer version of
 * Secretariat is refused before anything is written, as a newer file is. The server keeps its own backups; a
 * snapshot to a file ({@link WorkspaceCopy}) is this workspace's copy for offline work or archiving.
 */
public final class ServerWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWorkspace.class);

    private final ServerAddress address;
    private final HikariDataSource connections;
    private final DSLContext dsl;
    private final WorkspaceData data;

    private ServerWorkspace(ServerAddress address, HikariDataSource connections, DSLContext dsl, Clock clock) {
        this.address = address;
        this.connections = connections;
        this.dsl = dsl;
        this.data = new WorkspaceData(dsl, clock);
    }

    /**
     * Connects, sets up the schema in an empty database or brings it up to date.
     *
     * @throws SecretariatException with a message for the user when the server cannot be reached, the database holds
     *                              something else, or its schema is newer than this version of the app
     */
    public static ServerWorkspace open(ServerAddress address, Clock clock) {
        HikariDataSource connections = ServerConnections.pooled(address);
        try {
            migrate(address, connections);
            var workspace = new ServerWorkspace(address, connections, context(address, connections, clock), clock);
            LOG.info("Opened shared workspace {}", address);
            return workspace;
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    private static void migrate(ServerAddress address, HikariDataSource connections) {
        try {
            var status = SchemaVersions.read(connections, SchemaVersions.SERVER_MIGRATIONS);
            if (status.fileIsNewer()) {
                throw new SecretariatException("workspace.error.newer", address, status.fileVersion(),
                        status.appVersion());
            }
            if (status.hasPendingMigrations()) {
                // Flyway holds an advisory lock while it migrates: two clients upgrading at once take turns.
                var result = SchemaVersions.flyway(connections, SchemaVersions.SERVER_MIGRATIONS).migrate();
                LOG.info("Migrated {} to schema version {}", address, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new SecretariatException(e, "workspace.error.open", address, String.valueOf(e.getMessage()));
        }
    }

    /** Audited transactions as in a file; the trigger names the database user whatever the app says. */
    private static DSLContext context(ServerAddress address, HikariDataSource connections, Clock clock) {
        var provider = new DataSourceConnectionProvider(connections);
        var configuration = new DefaultConfiguration()
                .set(provider)
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false))
                .set(new DefaultExecuteListenerProvider(new ServerRefusals(address)))
                .set(new AuditStamping(new DefaultTransactionProvider(provider), address.user(), clock));
        return DSL.using(configuration);
    }

    public ServerAddress address() {
        return address;
    }

    /** The shared context, for whole-workspace work in this package (copying) and its tests. */
    DSLContext dsl() {
        return dsl;
    }

    /** The workspace's records. */
    public WorkspaceData data() {
        return data;
    }

    /**
     * Tells the consumer, on a thread of its own, each change others (and this workspace) commit from now on, until
     * the returned feed is closed (decision 0045). The feed has a connection of its own; close it before the workspace.
     */
    public ChangeFeed changes(Consumer<RecordChange> consumer) {
        return ChangeFeed.listen(address, consumer);
    }

    @Override
    public void close() {
        connections.close();
        LOG.info("Closed shared workspace {}", address);
    }
}
