package uk.dln.secretariat.packaging;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The packaged launcher, run as a separate process for a user whose home folder is {@code home}. The JVM reads
 * {@code JAVA_TOOL_OPTIONS} whatever launcher started it, which is how the home folder and an English locale reach
 * the packaged runtime without changing its configuration.
 */
final class PackagedApp {

    /** Guards against a launcher that never returns (a window opening by mistake); not a measure of speed. */
    private static final long HANG_GUARD_MINUTES = 2;

    private final Path launcher;
    private final Path home;

    PackagedApp(Path launcher, Path home) {
        this.launcher = launcher;
        this.home = home;
    }

    Path home() {
        return home;
    }

    /** Where the app's data folder should be for this home folder: each operating system's usual place. */
    Path expectedDataFolder() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return home.resolve("AppData/Local/Secretariat");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Secretariat");
        }
        return home.resolve(".local/share/secretariat");
    }

    Run run(String... arguments) throws IOException, InterruptedException {
        return runWithJavaOptions("", arguments);
    }

    /** Runs the launcher with more Java options after the home folder and locale (logging, sharing modes). */
    Run runWithJavaOptions(String javaOptions, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile(home.getParent(), "stdout", ".txt");
        Path stderr = Files.createTempFile(home.getParent(), "stderr", ".txt");
        var builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        var environment = builder.environment();
        environment.put("JAVA_TOOL_OPTIONS",
                ("\"-Duser.home=" + home + "\" -Duser.language=en -Duser.country=GB " + javaOptions).strip());
        environment.remove("XDG_DATA_HOME");
        environment.put("LOCALAPPDATA", home.resolve("AppData/Local").toString());

        Process process = builder.start();
        if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(launcher + " " + String.join(" ", arguments) + " did not finish");
        }
        Charset charset = Charset.defaultCharset();
        return new Run(String.join(" ", arguments), process.exitValue(), Files.readString(stdout, charset),
                Files.readString(stderr, charset));
    }

    /** What one run of the launcher did. */
    record Run(String arguments, int exitCode, String stdout, String stderr) {

        String describe() {
            return "secretariat " + arguments + " exited with " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n"
                    + stderr;
        }
    }
}
