package uk.dln.secretariat.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.dln.secretariat.app.platform.AppInfo;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;

/**
 * {@code secretariat [--workspace FILE] [COMMAND]}: with no command, opens the window. Every message goes to
 * standard error in the user's language; the exit status is one of {@link ExitCodes}.
 */
@Command(name = "secretariat", mixinStandardHelpOptions = true, versionProvider = SecretariatCommand.Version.class,
        subcommands = {InitCommand.class, CheckCommand.class, DemoCommand.class, BackupCommand.class,
            RestoreCommand.class, ExportCommand.class, ReturnsCommand.class, GenerateCommand.class})
public final class SecretariatCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SecretariatCommand.class);

    @Mixin
    private WorkspaceOption workspace;

    private final Consumer<String[]> window;

    /**
     * @param window opens the window with the {@link WindowLaunch} parameters, returning once it is closed; the
     *               window is given from outside so that the command line itself needs no JavaFX
     */
    SecretariatCommand(Consumer<String[]> window) {
        this.window = window;
    }

    WorkspaceOption workspace() {
        return workspace;
    }

    @Override
    public Integer call() {
        window.accept(WindowLaunch.parameters(workspace.fileOrNull()));
        return ExitCodes.OK;
    }

    /** Parses and runs the arguments, returning the exit status; with no command, opens the window. */
    public static int run(Consumer<String[]> window, String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), window).execute(args);
    }

    /** The command line of a program without a window: every command works, and asking for the window is a fault. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, parameters -> {
            throw new IllegalStateException("This program has no window to open");
        });
    }

    /** The command line with its texts from the resource bundle and errors mapped to exit codes. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Consumer<String[]> window) {
        var commandLine = new CommandLine(new SecretariatCommand(window));
        commandLine.setResourceBundle(Messages.bundle());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getCommandSpec().usageMessage().description(Messages.get("cli.description"));
        describe(commandLine, "init", "cli.init.description");
        describe(commandLine, "check", "cli.check.description");
        describe(commandLine, "demo", "cli.demo.description");
        describe(commandLine, "backup", "cli.backup.description");
        describe(commandLine, "restore", "cli.restore.description");
        describe(commandLine, "export", "cli.export.description");
        describe(commandLine, "returns", "cli.returns.description");
        ReturnsCommand.describe(commandLine.getSubcommands().get("returns"));
        describe(commandLine, "generate", "cli.generate.description");
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof SecretariatException known) {
                LOG.warn("{} refused: {}", cmd.getCommandName(), known.messageKey(), known);
                cmd.getErr().println(Messages.of(known));
                return ExitCodes.of(known);
            }
            LOG.error("{} failed", cmd.getCommandName(), error);
            cmd.getErr().println(Messages.describe(error));
            return ExitCodes.FAILED;
        });
        return commandLine;
    }

    private static void describe(CommandLine commandLine, String name, String key) {
        commandLine.getSubcommands().get(name).getCommandSpec().usageMessage().description(Messages.get(key));
    }

    /** {@code --version} prints the product's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("cli.version", AppInfo.version())};
        }
    }
}
