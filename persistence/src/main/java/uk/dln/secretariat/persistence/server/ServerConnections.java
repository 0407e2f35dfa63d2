package uk.dln.secretariat.persistence.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/** The pooled connections of one open server workspace. */
final class ServerConnections {

    /** As for a file (decision 0018): a few, for a background read beside a transaction. */
    private static final int MOST_CONNECTIONS = 4;
    private static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * Each session gets its own temporary actor row's table: the app says in it who acts in each transaction
     * ({@code AuditStamping}), and the audit trigger adds that after the database user. Temporary, so two people's
     * transactions never wait for each other over one shared row, and nobody can write a name into another's.
     */
    static final String SESSION_SETUP = "CREATE TEMPORARY TABLE IF NOT EXISTS audit_actor ("
            + "id BIGINT PRIMARY KEY CHECK (id = 1), "
            + "user_name TEXT NOT NULL CHECK (user_name <> '' AND length(user_name) <= 200), "
            + "acted_at TEXT NOT NULL)";

    private ServerConnections() {
    }

    static HikariDataSource pooled(ServerAddress address) {
        return pooled(address, null);
    }

    /**
     * @param password typed by the person for this connection only, or null to use {@code PGPASSWORD} or
     *                 {@code ~/.pgpass}; kept by the pool's data source while it is open, never written anywhere
     */
    static HikariDataSource pooled(ServerAddress address, String password) {
        var config = new HikariConfig();
        var dataSource = dataSource(address);
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        config.setDataSource(dataSource);
        config.setPoolName("workspace " + address);
        config.setMaximumPoolSize(MOST_CONNECTIONS);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(WAIT.toMillis());
        config.setConnectionInitSql(SESSION_SETUP);
        return new HikariDataSource(config);
    }

    /** Unpooled connections, for copying a whole workspace in one transaction. */
    static PGSimpleDataSource dataSource(ServerAddress address) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {address.host()});
        dataSource.setPortNumbers(new int[] {address.port()});
        dataSource.setDatabaseName(address.database());
        dataSource.setUser(address.user());
        // Without a password here the driver reads the user's ~/.pgpass; the environment's is never stored.
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("Secretariat");
        dataSource.setConnectTimeout((int) WAIT.toSeconds());
        return dataSource;
    }
}
