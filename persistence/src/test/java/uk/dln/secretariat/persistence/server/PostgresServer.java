package uk.dln.secretariat.persistence.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the operating system's own server
 * (Debian's {@code postgresql}, version 15 or newer, which {@code .ci/run} installs when missing) and stopped when
 * the JVM exits. Each test gets a database of its own ({@link #newDatabase()}), so tests never see each other's records.
 *
 * <p>Why not an embedded server unpacked from Maven Central: PostgreSQL refuses to run as root, and CI runs as root.
 * Debian's server runs as its own {@code postgres} user ({@code runuser}), which works as root and as anyone else
 * (decision 0038).
 */
public final class PostgresServer {

    /** The superuser the cluster is made with; tests connect as it over loopback without a password. */
    public static final String SUPERUSER = "postgres";

    private static final int OLDEST_SUPPORTED = 15;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer instance;

    private final Path binaries;
    private final Path dataFolder;
    private final int port;

    private PostgresServer(Path binaries, Path dataFolder, int port) {
        this.binaries = binaries;
        this.dataFolder = dataFolder;
        this.port = port;
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "postgres-stop"));
        }
        return instance;
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** A new, empty database on the shared server, named uniquely within this JVM. */
    public TestDatabase newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = connect("postgres"); var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new TestDatabase(this, name);
    }

    void drop(String database) {
        try (Connection admin = connect("postgres"); var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + database, e);
        }
    }

    /** A connection as the superuser to the named database. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
    }

    private static PostgresServer start() {
        Path binaries = findBinaries();
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            // As root the server runs as postgres, who must reach its folder: /tmp, whatever TMPDIR says.
            Path dataFolder = root ? Files.createTempDirectory(Path.of("/tmp"), "secretariat-pg-")
                    : Files.createTempDirectory("secretariat-pg-");
            int port = freePort();
            if (root) {
                run(List.of("chown", "postgres:postgres", dataFolder.toString()));
            }
            run(asServerUser(root, List.of(binaries.resolve("initdb").toString(), "-D", dataFolder.toString(),
                    "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")));
            // Durability is no concern of a test server: without fsync it starts and commits much faster.
            String options = "-p " + port + " -k " + dataFolder + " -c listen_addresses=127.0.0.1"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            run(asServerUser(root, List.of(binaries.resolve("pg_ctl").toString(), "-D", dataFolder.toString(),
                    "-o", options, "-l", dataFolder.resolve("server.log").toString(), "-w", "start")));
            return new PostgresServer(binaries, dataFolder, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL for the tests", e);
        }
    }

    private void stop() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            run(asServerUser(root, List.of(binaries.resolve("pg_ctl").toString(), "-D", dataFolder.toString(),
                    "-m", "immediate", "-w", "stop")));
            try (Stream<Path> files = Files.walk(dataFolder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the tests' PostgreSQL in " + dataFolder + ": " + e);
        }
    }

    /** The newest installed server of version 15 or later, or the folder named by {@code SECRETARIAT_PG_BIN}. */
    private static Path findBinaries() {
        String given = System.getenv("SECRETARIAT_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Paths.get(given);
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(debian)) {
            return versions
                    .filter(folder -> folder.getFileName().toString().matches("\\d+"))
                    .filter(folder -> Integer.parseInt(folder.getFileName().toString()) >= OLDEST_SUPPORTED)
                    .max(Comparator.comparingInt(folder -> Integer.parseInt(folder.getFileName().toString())))
                    .map(folder -> folder.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .orElseThrow(PostgresServer::missing);
        } catch (IOException e) {
            throw missing();
        }
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The tests need PostgreSQL " + OLDEST_SUPPORTED + " or newer: install "
                + "Debian's postgresql (as .ci/run does), or set SECRETARIAT_PG_BIN to a folder with initdb and pg_ctl");
    }

    /** PostgreSQL will not run as root; as root, its tools run as the {@code postgres} user the package made. */
    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        var wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        Path output = Files.createTempFile("secretariat-pg-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
