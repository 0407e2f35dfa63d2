package uk.dln.secretariat.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right to change one workspace, held by one copy of Secretariat at a time (see decision 0008). It is an
 * operating-system lock on a file beside the workspace, so it disappears with the process that held it, even one
 * that crashed: the lock file existing means nothing, only the lock on it does. The file itself says who holds the
 * lock, for the message a second person sees. It is never deleted: deleting it while another process waits on it
 * would let two processes hold "the" lock on two different files.
 */
final class WorkspaceLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceLock.class);
    /**
     * The byte locked lies far beyond the text, so on Windows, where locks are enforced on reads, the text stays
     * readable by the people it is written for.
     */
    private static final long LOCKED_BYTE = 1L << 40;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The outcome of trying to take the lock: held by us, held by someone else, or impossible here. */
    sealed interface Attempt permits Acquired, HeldElsewhere, NotPossible {
    }

    record Acquired(WorkspaceLock lock) implements Attempt {
    }

    record HeldElsewhere(LockHolder holder) implements Attempt {
    }

    /** The folder does not let this user create or change the lock file: nobody can be writing through us. */
    record NotPossible(IOException reason) implements Attempt {
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    static Attempt tryAcquire(Path workspace, Clock clock) {
        Path lockFile = lockFileOf(workspace);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            // Access denied, or a read-only file system.
            return probeReadOnly(lockFile, e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                LockHolder holder = readHolder(channel);
                channel.close();
                return new HeldElsewhere(holder);
            }
            writeHolder(channel, clock);
            return new Acquired(new WorkspaceLock(lockFile, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            return new NotPossible(e);
        }
    }

    /**
     * A shared hold on an existing lock file, creating and writing nothing: while it is held nobody can take the
     * workspace for changes. Empty-handed ({@link NotPossible}) when there is no lock file or it cannot be read.
     */
    static Attempt tryShare(Path workspace) {
        Path lockFile = lockFileOf(workspace);
        if (!Files.isRegularFile(lockFile)) {
            return new NotPossible(new IOException("no lock file"));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.READ);
            FileLock shared = channel.tryLock(LOCKED_BYTE, 1, true);
            if (shared == null) {
                LockHolder holder = readHolder(channel);
                channel.close();
                return new HeldElsewhere(holder);
            }
            return new Acquired(new WorkspaceLock(lockFile, channel, shared));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            // This very process has it open for changes.
            return new HeldElsewhere(LockHolder.UNKNOWN);
        } catch (IOException e) {
            closeQuietly(channel);
            return new NotPossible(e);
        }
    }

    /**
     * This user cannot take the lock but may still see whether someone holds it: a shared lock needs only read
     * access, and is refused while another process holds the exclusive one.
     */
    private static Attempt probeReadOnly(Path lockFile, IOException cannotWrite) {
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            FileLock probe = channel.tryLock(LOCKED_BYTE, 1, true);
            if (probe == null) {
                return new HeldElsewhere(readHolder(channel));
            }
            probe.release();
        } catch (IOException | OverlappingFileLockException e) {
            LOG.debug("Could not probe the lock file {}", lockFile, e);
        }
        return new NotPossible(cannotWrite);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException e) {
            // Another workspace object in this very process holds it: it is just as much "in use".
            return null;
        }
    }

    private static void writeHolder(FileChannel channel, Clock clock) throws IOException {
        var text = "user=" + escape(System.getProperty("user.name", "?")) + "\n"
                + "host=" + escape(hostName()) + "\n"
                + "pid=" + ProcessHandle.current().pid() + "\n"
                + "since=" + LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static LockHolder readHolder(FileChannel channel) {
        try {
            var buffer = ByteBuffer.allocate(4096);
            channel.read(buffer, 0);
            var properties = new Properties();
            properties.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
            String user = properties.getProperty("user");
            if (user == null || user.isBlank()) {
                return LockHolder.UNKNOWN;
            }
            return new LockHolder(user, properties.getProperty("host", "?"), since(properties.getProperty("since")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Could not read the lock file", e);
            return LockHolder.UNKNOWN;
        }
    }

    private static LocalDateTime since(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", " ");
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("COMPUTERNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Empties the file (nobody holds it now) and lets go. */
    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                if (!lock.isShared()) {
                    channel.truncate(0);
                }
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not clear the lock file {}", file, e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Could not close the lock file", e);
        }
    }
}
