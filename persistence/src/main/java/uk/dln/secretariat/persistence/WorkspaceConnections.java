package uk.dln.secretariat.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The connections of one open workspace, kept open while it is in use. Opening an SQLite connection and setting its
 * pragmas costs more than most of the app's queries, so handing each query a new one made the repositories several
 * times slower than the SQL they run (decision 0018). A few connections, not one: a background task may read while
 * another writes, and a transaction holds its connection until it ends.
 */
final class WorkspaceConnections {

    /** Enough for the app's background tasks and a read alongside a transaction; SQLite has one writer anyway. */
    private static final int MOST_CONNECTIONS = 4;

    private static final Duration IDLE = Duration.ofMinutes(5);

    private WorkspaceConnections() {
    }

    /**
     * @param connections how each connection is opened (the pragmas of {@link WorkspaceFile})
     * @param readOnly    whether those connections are read only (the pool must not try to change it)
     * @return a pool to close when the workspace closes, so the file is let go of (and its log checkpointed)
     */
    static HikariDataSource pooled(Path file, DataSource connections, boolean readOnly) {
        var config = new HikariConfig();
        config.setDataSource(connections);
        config.setPoolName("workspace " + file.getFileName());
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(MOST_CONNECTIONS);
        // No connection until the first query, so opening touches the file in the order the opener decides (no
        // byte of a file it then refuses to upgrade changes); one left idle for minutes is closed.
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setIdleTimeout(IDLE.toMillis());
        // A connection that cannot be had soon is a fault to report, as SQLite's own busy timeout is.
        config.setConnectionTimeout(WorkspaceFile.BUSY_TIMEOUT_MILLIS);
        return new HikariDataSource(config);
    }
}
