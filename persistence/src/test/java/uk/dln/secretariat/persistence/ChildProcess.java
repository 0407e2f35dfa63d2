package uk.dln.secretariat.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sqlite.util.OSInfo;

/**
 * Another JVM running {@link WorkspaceChild} on the test class path: a second copy of the app, or one to kill. Its
 * output is read line by line on a thread of its own, so a test can wait for a line without risking a hang.
 */
public final class ChildProcess implements AutoCloseable {

    /** Generous: a JVM starting on a busy two-core machine; only a broken child ever takes this long. */
    private static final long PATIENCE_SECONDS = 60;
    private static final String END = "\u0000end";

    private static Path unpackedLibrary;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildProcess(Process process) {
        this.process = process;
        var reader = new Thread(this::readOutput, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param shellPrefix run through {@code sh -c} with this before the command (e.g. {@code ulimit -f 64;}), or
     *                    null to run it directly
     */
    public static ChildProcess start(String shellPrefix, String... arguments) throws IOException {
        return start(shellPrefix, List.of(), arguments);
    }

    /** @param properties system properties for the child, each {@code name=value} */
    public static ChildProcess start(String shellPrefix, List<String> properties, String... arguments)
            throws IOException {
        Path sqliteLibrary = sqliteLibrary();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-Dorg.sqlite.lib.path=" + sqliteLibrary.getParent(),
                "-Dorg.sqlite.lib.name=" + sqliteLibrary.getFileName()));
        properties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkspaceChild.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder;
        if (shellPrefix == null) {
            builder = new ProcessBuilder(command);
        } else {
            builder = new ProcessBuilder("sh", "-c", shellPrefix + " exec \"$0\" \"$@\"");
            builder.command().addAll(command);
        }
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildProcess(builder.start());
    }

    /**
     * SQLite's native library, unpacked once for every child: otherwise each child unpacks its own copy, which is
     * slow and, under a file-size limit, impossible.
     */
    private static synchronized Path sqliteLibrary() throws IOException {
        if (unpackedLibrary == null) {
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            Path folder = Files.createTempDirectory("secretariat-test-sqlite");
            Path library = folder.resolve(name);
            try (InputStream in = Objects.requireNonNull(OSInfo.class.getResourceAsStream(resource), resource)) {
                Files.copy(in, library);
            }
            library.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            unpackedLibrary = library;
        }
        return unpackedLibrary;
    }

    /** The next line the child printed; fails the test if none comes (the child died or hangs). */
    public String nextLine() throws InterruptedException {
        String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            throw new AssertionError("the child process said nothing more (alive: " + process.isAlive() + ")");
        }
        return line;
    }

    /** Kills it as a power cut or {@code kill -9} would: no shutdown hooks, no closing of files. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    /** Every line it printed that has not been taken yet, once it has ended. */
    public List<String> remainingLines() throws InterruptedException {
        process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        var rest = new ArrayList<String>();
        for (String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS); line != null && !line.equals(END);
             line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            rest.add(line);
        }
        return rest;
    }

    /** How it ended; fails the test if it has not ended in time. */
    public int exitStatus() throws InterruptedException {
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the child process did not end");
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    private void readOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The child was killed mid-line; what it printed before is already queued.
        } finally {
            lines.add(END);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
