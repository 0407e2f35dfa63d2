package uk.dln.secretariat.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.files.PrivateFiles;
import uk.dln.secretariat.persistence.files.Temporaries;

/**
 * The backups of one workspace, in a {@code backups} folder beside it (decision 0007), named after it:
 * {@code Digital Leaders Network 2026-11-22 10-15-30 daily.backup}. A backup is a consistent copy made by SQLite
 * ({@code VACUUM INTO}) while the workspace stays usable; it is written under a temporary name, checked, and only
 * then given its name, so a backup that is listed is always complete.
 */
public final class WorkspaceBackups {

    public static final String FOLDER = "backups";
    static final String EXTENSION = ".backup";

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);
    private static final Temporaries PARTIALS = new Temporaries("partial");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH-mm-ss");
    private static final Pattern NAME = Pattern.compile(
            "(?<base>.+) (?<time>\\d{4}-\\d{2}-\\d{2} \\d{2}-\\d{2}-\\d{2}) (?<kind>[a-z-]+)(?: \\d+)?\\.backup");

    private final Path workspace;
    private final DataSource source;
    private final Clock clock;

    /**
     * @param workspace the workspace file
     * @param source    connections that read the workspace consistently (never used to write)
     */
    public WorkspaceBackups(Path workspace, DataSource source, Clock clock) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.source = source;
        this.clock = clock;
    }

    public Path folder() {
        return workspace.resolveSibling(FOLDER);
    }

    /** This workspace's backups, newest first. Other files in the folder (another workspace's) are left out. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            // Names carry the second; within one second, the file written last is the newer.
            return files.map(this::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::madeAt).thenComparing(b -> modified(b.file())).reversed())
                    .toList();
        } catch (IOException e) {
            throw new SecretariatException(e, "backup.error.list", folder(), e.getMessage());
        }
    }

    /**
     * Makes a backup now, checks it with SQLite's full integrity check, and returns it. The copy is written under a
     * temporary name (see {@link Temporaries}) as a file only its owner may read; leftovers of backups that were
     * interrupted are deleted first.
     */
    public Backup create(BackupKind kind) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Path partial = null;
        try {
            PrivateFiles.createFolder(folder());
            PARTIALS.sweep(folder());
            Path target = freeName(now, kind);
            partial = PARTIALS.beside(target);
            Files.deleteIfExists(partial);
            // Made empty first, so that SQLite writes the copy into a file nobody else may read.
            PrivateFiles.createFile(partial);
            copyInto(partial);
            if (!SqliteFiles.isIntact(partial)) {
                Files.deleteIfExists(partial);
                throw new SecretariatException("backup.error.verify", workspace, partial);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}", workspace, target);
            return describe(target).orElseThrow();
        } catch (IOException | SQLException e) {
            deleteQuietly(partial);
            throw new SecretariatException(e, "backup.error.failed", workspace, folder(), String.valueOf(e.getMessage()));
        }
    }

    /** Whether any backup was made on that day. */
    public boolean madeOn(LocalDate day) {
        return list().stream().anyMatch(backup -> backup.madeAt().toLocalDate().equals(day));
    }

    /** Makes the day's backup if there is none yet; true when it made one. */
    public boolean dailyIfDue() {
        if (madeOn(LocalDate.now(clock))) {
            return false;
        }
        create(BackupKind.DAILY);
        return true;
    }

    /**
     * Deletes the oldest daily and manual backups beyond the newest {@code keep}.
     *
     * @return the backups deleted
     */
    public List<Backup> prune(int keep) {
        var deleted = new ArrayList<Backup>();
        List<Backup> prunable = list().stream().filter(backup -> backup.kind().pruned()).toList();
        for (Backup old : prunable.subList(Math.min(keep, prunable.size()), prunable.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
        return deleted;
    }

    /**
     * The newest backup that passes SQLite's full check and is a workspace, for a damaged workspace or
     * {@code restore --latest}. A newer one that is empty, damaged or another program's file is passed over, so
     * it cannot stand in the way of the good ones before it.
     */
    public Optional<Backup> latestGood() {
        return list().stream().filter(backup -> {
            boolean good = SqliteFiles.isWorkspace(backup.file());
            if (!good) {
                LOG.warn("Passed over the backup {}: it is empty, damaged or not a workspace", backup.file());
            }
            return good;
        }).findFirst();
    }

    /** Whether the file is a complete, undamaged SQLite database (SQLite's full check; a backup to restore, say). */
    public static boolean isIntact(Path file) {
        return SqliteFiles.isIntact(file);
    }

    /** Reads a backup file's name and size; empty when the file is not one of this workspace's backups. */
    public Optional<Backup> describe(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !name.group("base").equals(baseName()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime madeAt = LocalDateTime.parse(name.group("time"), NAME_TIME);
            Optional<BackupKind> kind = BackupKind.ofFileWord(name.group("kind"));
            return kind.map(k -> new Backup(file, madeAt, k, size(file)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void copyInto(Path partial) throws SQLException {
        try (var connection = source.getConnection();
             var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, partial.toString());
            statement.execute();
        }
    }

    private Path freeName(LocalDateTime time, BackupKind kind) {
        String stem = baseName() + " " + NAME_TIME.format(time) + " " + kind.fileWord();
        Path candidate = folder().resolve(stem + EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder().resolve(stem + " " + n + EXTENSION);
        }
        return candidate;
    }

    private String baseName() {
        String name = workspace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
