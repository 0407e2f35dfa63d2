package uk.dln.secretariat.persistence.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.audit.RecordChange;

/**
 * Changes to a shared workspace as others commit them (decision 0045): the server's triggers announce every change
 * on one channel (server migration V4), and this feed LISTENs on a connection of its own, outside the pool, and
 * tells a consumer each {@link RecordChange}. Nothing is polled: the feed's thread waits in the driver for the
 * server to send a notification.
 *
 * <p>A change after a quiet spell is told at once; a burst (a bulk update, many saves at once) is gathered and told
 * at most every {@value #BURST_MOST_MILLIS} ms, each record once ({@link ChangeBurst}).
 * When the connection drops, the feed connects again, retrying with a growing pause, and then tells
 * {@link RecordChange#anything()}: whatever happened meanwhile was not heard. The consumer is called on the feed's
 * own daemon thread, one change at a time; it must hand work for a window to that window's thread itself.
 */
public final class ChangeFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    /** How long one wait in the driver lasts, so that {@link #close()} is noticed promptly. */
    private static final int WAIT_MILLIS = 200;
    /** Notices that follow each other within this pause arrived together (one commit's, say). */
    private static final int ARRIVAL_PAUSE_MILLIS = 2;
    /** Changes are told at most once in this long; more are gathered until then. */
    private static final long BURST_MOST_MILLIS = 100;
    /** A connection that has heard nothing for this long is checked, as a dead network says nothing. */
    private static final long QUIET_CHECK_MILLIS = Duration.ofSeconds(30).toMillis();
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long LAST_RETRY_MILLIS = Duration.ofSeconds(5).toMillis();

    /** Where the feed's connections come from: each is a new one of its own. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final Consumer<RecordChange> consumer;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeFeed(Connector connector, Consumer<RecordChange> consumer, String name) {
        this.connector = connector;
        this.consumer = consumer;
        this.thread = new Thread(this::run, "changes " + name);
        this.thread.setDaemon(true);
    }

    /** Listens to the workspace at this address with the password of {@code PGPASSWORD} or {@code .pgpass}. */
    static ChangeFeed listen(ServerAddress address, Consumer<RecordChange> consumer) {
        return listen(address, null, consumer);
    }

    /**
     * Listens to the workspace at this address; changes made after this returns are heard.
     *
     * @param password the one the person typed for the workspace's connections, or null for none ({@code .pgpass})
     */
    static ChangeFeed listen(ServerAddress address, String password, Consumer<RecordChange> consumer) {
        var dataSource = ServerConnections.dataSource(address);
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName(APPLICATION_NAME);
        return start(dataSource::getConnection, consumer, address.toString());
    }

    /** The connection's name on the server ({@code pg_stat_activity.application_name}). */
    static final String APPLICATION_NAME = "Secretariat changes";

    /**
     * @param name where the feed listens, for its thread's name and messages
     * @throws SecretariatException when the first connection cannot be made or cannot LISTEN
     */
    static ChangeFeed start(Connector connector, Consumer<RecordChange> consumer, String name) {
        var feed = new ChangeFeed(connector, Objects.requireNonNull(consumer, "consumer"), name);
        try {
            feed.connection = feed.listening();
        } catch (SQLException e) {
            throw new SecretariatException(e, "workspace.error.open", name, String.valueOf(e.getMessage()));
        }
        feed.thread.start();
        return feed;
    }

    private Connection listening() throws SQLException {
        Connection listener = connector.connect();
        try (var statement = listener.createStatement()) {
            listener.setAutoCommit(true);
            statement.execute("LISTEN " + ChangePayload.CHANNEL);
            return listener;
        } catch (SQLException e) {
            listener.close();
            throw e;
        }
    }

    private void run() {
        long retry = FIRST_RETRY_MILLIS;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listening();
                    LOG.info("Listening again for changes ({})", thread.getName());
                    retry = FIRST_RETRY_MILLIS;
                    tell(RecordChange.anything());
                }
                hear(connection);
            } catch (SQLException e) {
                if (closed) {
                    break;
                }
                LOG.warn("Lost the connection that hears changes ({}): {}; trying again in {} ms", thread.getName(),
                        e.getMessage(), retry);
                closeQuietly(connection);
                connection = null;
                pause(retry);
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
        closeQuietly(connection);
    }

    /**
     * Waits for notices and tells them until closed or the connection fails. What one commit sends arrives together
     * and is told together; a change after a quiet spell is told at once, and a stream of them at most once every
     * {@value #BURST_MOST_MILLIS} ms, gathered meanwhile.
     */
    private void hear(Connection listener) throws SQLException {
        PGConnection notices = listener.unwrap(PGConnection.class);
        long heardAt = System.currentTimeMillis();
        long toldAt = heardAt - BURST_MOST_MILLIS;
        while (!closed) {
            PGNotification[] first = notices.getNotifications(WAIT_MILLIS);
            if (first == null || first.length == 0) {
                if (System.currentTimeMillis() - heardAt > QUIET_CHECK_MILLIS) {
                    check(listener);
                    heardAt = System.currentTimeMillis();
                }
                continue;
            }
            heardAt = System.currentTimeMillis();
            var burst = new ChangeBurst();
            gather(burst, first);
            // Every notice read is gathered: one read and then dropped for want of time would be a change unheard.
            boolean arriving = true;
            while (arriving && !closed && System.currentTimeMillis() - heardAt < BURST_MOST_MILLIS) {
                PGNotification[] more = notices.getNotifications(ARRIVAL_PAUSE_MILLIS);
                arriving = more != null && more.length > 0;
                if (arriving) {
                    gather(burst, more);
                }
            }
            long next = toldAt + BURST_MOST_MILLIS;
            for (long now = System.currentTimeMillis(); now < next && !closed; now = System.currentTimeMillis()) {
                PGNotification[] more = notices.getNotifications((int) (next - now));
                if (more != null) {
                    gather(burst, more);
                }
            }
            if (!closed) {
                burst.told().forEach(this::tell);
                toldAt = System.currentTimeMillis();
            }
        }
    }

    private static void check(Connection listener) throws SQLException {
        if (!listener.isValid((int) Duration.ofSeconds(5).toSeconds())) {
            throw new SQLException("the server stopped answering");
        }
    }

    private void gather(ChangeBurst burst, PGNotification[] notices) {
        for (PGNotification notice : notices) {
            try {
                ChangePayload.read(notice.getParameter()).forEach(burst::add);
            } catch (IllegalArgumentException e) {
                // Anyone connected may NOTIFY the channel; what is not a change notice is no change.
                LOG.warn("Ignored a notice on {} from backend {}: {}", notice.getName(), notice.getPID(),
                        e.getMessage());
            }
        }
    }

    private void tell(RecordChange change) {
        try {
            consumer.accept(change);
        } catch (RuntimeException e) {
            // One consumer's failure must not stop the feed for the rest of the session.
            LOG.error("A listener failed on {}", change, e);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            if (!closed) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(Connection listener) {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (SQLException e) {
            LOG.debug("Closing the connection that heard changes", e);
        }
    }

    /** Stops listening; returns once the feed's thread has ended, after which the consumer is not called again. */
    @Override
    public void close() {
        closed = true;
        if (Thread.currentThread() == thread) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
