package uk.dln.secretariat.persistence.files;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files written under a temporary name and then moved into place (exports, backups), named so that the next run
 * of the same command can tell its own leftovers from another run's work in progress and remove them:
 * {@code Board pack 2026-11-22.docx.tmp-4711-laptop-1.part}. The name holds the process and the computer that
 * write it (and a number, unique in the process); a temporary is a leftover when that process is no longer running on this computer, or when it has not
 * changed for a day (another computer's, on a shared drive). No leading dot: on Windows a dot hides nothing, and on
 * Linux and macOS a hidden 15 MB file is one nobody would think to delete.
 */
public final class Temporaries {

    private static final Logger LOG = LoggerFactory.getLogger(Temporaries.class);
    private static final Duration ABANDONED = Duration.ofDays(1);
    private static final Pattern NAME = Pattern.compile(
            "(?<target>.+)\\.tmp-(?<pid>\\d+)-(?<host>[A-Za-z0-9_]+)-(?<n>\\d+)\\.(?<suffix>[a-z]+)");
    private static final AtomicLong NEXT = new AtomicLong(1);

    private final String suffix;

    /** @param suffix what ends the names, one word of lower-case letters: {@code part}, {@code partial} */
    public Temporaries(String suffix) {
        if (!suffix.matches("[a-z]+")) {
            throw new IllegalArgumentException(suffix);
        }
        this.suffix = suffix;
    }

    /** The temporary name, beside it, for writing {@code target} in this process. */
    public Path beside(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + host()
                + "-" + NEXT.getAndIncrement() + "." + suffix);
    }

    /**
     * Deletes the leftovers of this kind in the folder: temporaries whose process has ended, or that nobody has
     * touched for a day. Another run's work in progress is left alone. Never fails: a leftover that cannot be
     * deleted now is tried again next time.
     *
     * @return the files deleted
     */
    public List<Path> sweep(Path folder) {
        var deleted = new ArrayList<Path>();
        if (!Files.isDirectory(folder)) {
            return deleted;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (isLeftover(file)) {
                    Files.deleteIfExists(file);
                    deleted.add(file);
                    LOG.info("Deleted the leftover temporary file {}", file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clear the leftover temporary files in {}", folder, e);
        }
        return deleted;
    }

    boolean isLeftover(Path file) throws IOException {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !name.group("suffix").equals(suffix) || !Files.isRegularFile(file)) {
            return false;
        }
        Instant touched = Files.getLastModifiedTime(file).toInstant();
        if (touched.isBefore(Instant.now().minus(ABANDONED))) {
            return true;
        }
        if (!name.group("host").equals(host())) {
            return false;
        }
        long pid = Long.parseLong(name.group("pid"));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** This computer's name as temporaries' names carry it. */
    public static String host() {
        return Host.NAME;
    }

    /** Looked up once, when first needed: the lookup may ask the network. */
    private static final class Host {
        static final String NAME = lookUp();
    }

    /** This computer's name, reduced to letters, digits and underscores so it reads back out of a file name. */
    private static String lookUp() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "host";
            }
        }
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return safe.isEmpty() ? "host" : safe.substring(0, Math.min(safe.length(), 40));
    }
}
