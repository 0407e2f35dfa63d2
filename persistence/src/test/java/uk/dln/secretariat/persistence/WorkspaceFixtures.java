package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/** Helpers for tests that need a workspace file in a particular state. */
public final class WorkspaceFixtures {

    private WorkspaceFixtures() {
    }

    /** Creates a workspace, then stamps it with a schema version far beyond this app's migrations. */
    public static Path workspaceFromTheFuture(Path folder) throws SQLException {
        Path file = folder.resolve("future.dlnw");
        Workspace.open(file).close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history "
                    + "(installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 0, 1)");
        }
        return file;
    }

    /** A workspace whose schema stops at {@code version}, as an older version of the app left it. */
    public static Path workspaceAtVersion(Path folder, String version) {
        Path file = folder.resolve("old-v" + version + ".secretariat");
        Flyway.configure(WorkspaceFixtures.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations(SchemaVersions.MIGRATIONS)
                .target(version)
                .load()
                .migrate();
        return file;
    }

    /**
     * Scribbles over the last page of the file (where the newest rows and indexes lie) while keeping the header
     * and the schema readable, as a failing disk or an interrupted copy might.
     */
    public static void damage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = bytes.length - pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(file, bytes);
    }

    /**
     * Changes one letter of {@code key} inside the root page of the index, where the key is stored a second time
     * beside its row: every page stays well formed, so SQLite's quick check still passes, but the index no longer
     * matches the table, which only the full integrity check sees. The workspace must be closed (its log empty).
     */
    public static void damageIndex(Path file, String index, String key) throws IOException, SQLException {
        int rootPage;
        try (var connection = DriverManager.getConnection(
                "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
             var statement = connection.prepareStatement(
                     "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            statement.setString(1, index);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no index " + index);
                }
                rootPage = rows.getInt(1);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        int start = (rootPage - 1) * pageSize;
        byte[] wanted = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = start; i + wanted.length <= start + pageSize; i++) {
            if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                // The last letter moves one on: the entry still sorts where it was, but names no row.
                bytes[i + wanted.length - 1]++;
                Files.write(file, bytes);
                return;
            }
        }
        throw new IllegalArgumentException(key + " is not in the root page of " + index);
    }

    /** A fingerprint of one file's contents. */
    public static String fingerprintOf(Path file) {
        return sha256(file);
    }

    /** A fingerprint of every file in the folder (names and contents), to prove nothing was touched. */
    public static List<String> fingerprint(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(file -> file.getFileName() + ":" + sha256(file)).toList();
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
