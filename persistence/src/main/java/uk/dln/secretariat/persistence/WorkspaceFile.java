package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** How the app talks to one workspace file: the pragmas every connection gets, and a read-only variant. */
final class WorkspaceFile {

    /** Long enough to outlast another instance's short write on a shared drive, short enough to report a hang. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFile() {
    }

    static SQLiteDataSource readWrite(Path file) {
        return readWrite(file, config -> { });
    }

    /** @param tuning changes to the configuration, for tests that need an odd one (a tiny maximum size, say) */
    static SQLiteDataSource readWrite(Path file, Consumer<SQLiteConfig> tuning) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit the app reports as saved survives a crash or power cut, as official records must.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        tuning.accept(config);
        return dataSource(file, config);
    }

    /**
     * A connection that cannot change the file, for a workspace another copy of Secretariat may be writing: it
     * shares their write-ahead log, so it sees each change they commit (decision 0008).
     */
    static SQLiteDataSource readOnlyShared(Path file) {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return dataSource(file, config);
    }

    /**
     * A connection that cannot change the file, for inspecting a file before deciding to open it. Even a read-only
     * connection creates the {@code -wal} and {@code -shm} files beside a WAL database; when there is no write-ahead
     * log (no other instance has the file open and nothing awaits a checkpoint) the main file is the whole truth, so
     * SQLite is told it is immutable and creates nothing. Only safe while nobody can be writing: when the caller
     * holds the workspace's lock, or is about to refuse the file anyway.
     */
    static SQLiteDataSource readOnly(Path file) {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))) {
            return dataSource(file, config);
        }
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute.toUri() + "?immutable=1");
        return dataSource;
    }

    /** True when the file is empty (SQLite will make it a database) or starts with SQLite's header. */
    static boolean looksLikeSqlite(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        }
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
