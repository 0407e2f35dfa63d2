package uk.dln.secretariat.persistence.server;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.OpenWorkspace;
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
public final class ServerWorkspace implements OpenWorkspace {

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
        return open(address, null, clock);
    }

    /**
     * As {@link #open(ServerAddress, Clock)}, with a password the person typed for this connection only (null for
     * none: {@code PGPASSWORD} or {@code ~/.pgpass}). It is never stored or logged. A wrong password, a server
     * that does not answer and a database that is not there are said in plain words.
     */
    public static ServerWorkspace open(ServerAddress address, String password, Clock clock) {
        HikariDataSource connections;
        try {
            connections = ServerConnections.pooled(address, password);
        } catch (RuntimeException e) {
            throw ServerConnectFailures.explain(address, e);
        }
        try {
            migrate(address, connections);
            var workspace = new ServerWorkspace(address, connections, context(address, connections, clock), clock);
            LOG.info("Opened shared workspace {}", address);
            return workspace;
        } catch (RuntimeException e) {
            connections.close();
            throw ServerConnectFailures.explain(address, e);
        }
    }

    /**
     * Connects and reads the schema version the server's database is at, and the app's, changing nothing (no
     * migration, unlike {@link #open}): what {@code check} reports.
     *
     * @throws SecretariatException in plain words when the server cannot be reached or the database is not there
     */
    public static SchemaVersions.SchemaStatus check(ServerAddress address) {
        try (HikariDataSource connections = ServerConnections.pooled(address)) {
            return SchemaVersions.read(connections, SchemaVersions.SERVER_MIGRATIONS);
        } catch (FlywayException e) {
            throw new SecretariatException(e, "workspace.error.open", address, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            throw ServerConnectFailures.explain(address, e);
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
                try {
                    // Flyway holds an advisory lock while it migrates: two clients upgrading at once take turns.
                    var result = SchemaVersions.flyway(connections, SchemaVersions.SERVER_MIGRATIONS).migrate();
                    LOG.info("Migrated {} to schema version {}", address, result.targetSchemaVersion);
                } catch (FlywayException e) {
                    // Only the owner may change the tables and make roles; each migration is one transaction, so
                    // someone else's attempt leaves the workspace as it was.
                    if (refusedForPrivilege(e)) {
                        throw new SecretariatException(e, "workspace.error.serverUpgradeByOwner", address,
                                status.fileVersion(), status.appVersion());
                    }
                    throw e;
                }
            }
        } catch (FlywayException e) {
            throw new SecretariatException(e, "workspace.error.open", address, String.valueOf(e.getMessage()));
        }
    }

    private static boolean refusedForPrivilege(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ServerRefusals.INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
    @Override
    public WorkspaceData data() {
        return data;
    }

    /**
     * Tells the consumer, on a thread of its own, each change others (and this workspace) commit from now on, until
     * the returned feed is closed (decision 0045). The feed has a connection of its own; close it before the workspace.
     */
    public ChangeFeed changes(Consumer<RecordChange> consumer) {
        // The same password as the workspace's own connections, if one was typed: it lives only in memory.
        String typed = connections.getDataSource() instanceof PGSimpleDataSource source
                ? source.getPassword() : null;
        return ChangeFeed.listen(address, typed, consumer);
    }

    @Override
    public String location() {
        return address.toString();
    }

    /** The database and its server: {@code network on db.example.org}. */
    @Override
    public String name() {
        return address.database() + "@" + address.host();
    }

    /** None: a workspace on a server is backed up by a snapshot to a file, not by copying a file of its own. */
    @Override
    public Optional<Path> localFile() {
        return Optional.empty();
    }

    /**
     * Open for changes: what the person may change is the server's to say (their role's grants and row-level
     * security), which refuses a forbidden save in words of its own ({@link ServerRefusals}).
     */
    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public Optional<Problem> readOnlyReason() {
        return Optional.empty();
    }

    @Override
    public List<Problem> warnings() {
        return List.of();
    }


    @Override
    public void close() {
        connections.close();
        LOG.info("Closed shared workspace {}", address);
    }
}
