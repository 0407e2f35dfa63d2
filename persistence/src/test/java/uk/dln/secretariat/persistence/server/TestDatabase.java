package uk.dln.secretariat.persistence.server;

import java.sql.Connection;
import java.sql.SQLException;

/** One database of its own on the tests' shared {@link PostgresServer}, dropped after the test. */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The address a person would give: {@code postgresql://user@host:port/database}, as the superuser. */
    public String address() {
        return "postgresql://" + PostgresServer.SUPERUSER + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** A connection as the server's superuser. */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    public PostgresServer server() {
        return server;
    }

    @Override
    public void close() {
        server.drop(name);
    }
}
