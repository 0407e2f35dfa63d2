package uk.dln.secretariat.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.dln.secretariat.app.i18n.InterfaceLanguage;
import uk.dln.secretariat.app.platform.AppInfo;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.model.SecretariatException;

/**
 * {@code secretariat [--workspace FILE|postgresql://…] [COMMAND]}: with no command, opens the window. Every message goes to
 * standard error in the user's language; the exit status is one of {@link ExitCodes}.
 */
@Command(name = "secretariat", mixinStandardHelpOptions = true, versionProvider = SecretariatCommand.Version.class,
        subcommands = {InitCommand.class, CheckCommand.class, DemoCommand.class, StandardOrganisationsCommand.class,
            BackupCommand.class, RestoreCommand.class, ShareCommand.class, SnapshotCommand.class, ExportCommand.class,
            ReturnsCommand.class, GenerateCommand.class, AdminCommand.class})
public final class SecretariatCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(SecretariatCommand.class);

    @Mixin
    private WorkspaceOption workspace;

    private final Consumer<String[]> window;

    /** The words of the command line: passed in, not read from the window's. */
    private final Messages messages;

    /**
     * @param window   opens the window with the {@link WindowLaunch} parameters, returning once it is closed; the
     *                 window is given from outside so that the command line itself needs no JavaFX
     * @param messages the words of the command line
     */
    SecretariatCommand(Consumer<String[]> window, Messages messages) {
        this.window = window;
        this.messages = messages;
    }

    WorkspaceOption workspace() {
        return workspace;
    }

    Messages messages() {
        return messages;
    }

    @Override
    public Integer call() {
        window.accept(WindowLaunch.parameters(workspace.windowLocationOrNull()));
        return ExitCodes.OK;
    }

    /**
     * Parses and runs the arguments, returning the exit status; with no command, opens the window. Every command
     * speaks the person's language, as the window does: their choice in Edit > Language, or else the system's.
     * Files keep to the document language (the network's, or {@code export --language}).
     */
    public static int run(Consumer<String[]> window, String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), window,
                messagesFor(UserPreferences.forCurrentUser(), Locale.getDefault())).execute(args);
    }

    /** The command line's words: the language the person chose for the window, or else the system's. */
    static Messages messagesFor(UserPreferences preferences, Locale system) {
        return new Messages(InterfaceLanguage.preferred(preferences.language(), system).locale());
    }

    /** The command line of a program without a window: every command works, and asking for the window is a fault. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, parameters -> {
            throw new IllegalStateException("This program has no window to open");
        });
    }

    /** The command line with its texts from the resource bundle and errors mapped to exit codes. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Consumer<String[]> window) {
        return commandLine(out, err, window, new Messages(Locale.getDefault()));
    }

    /** The command line of a program without a window, speaking the language of the messages given. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Messages messages) {
        return commandLine(out, err, parameters -> {
            throw new IllegalStateException("This program has no window to open");
        }, messages);
    }

    /** As above, with the window given and speaking the language of the messages given. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Consumer<String[]> window,
                                          Messages messages) {
        // One language throughout: what the commands share with the window (problems, sizes, a return's preview)
        // reads the current language, so a command line speaks the one it was given.
        Messages.use(messages);
        var commandLine = new CommandLine(new SecretariatCommand(window, messages));
        commandLine.setResourceBundle(messages.resources());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getCommandSpec().usageMessage().description(messages.text("cli.description"));
        describe(commandLine, messages, "init", "cli.init.description");
        describe(commandLine, messages, "check", "cli.check.description");
        describe(commandLine, messages, "demo", "cli.demo.description");
        describe(commandLine, messages, "standard-organisations", "cli.standardOrganisations.description");
        describe(commandLine, messages, "backup", "cli.backup.description");
        describe(commandLine, messages, "restore", "cli.restore.description");
        describe(commandLine, messages, "share", "cli.share.description");
        describe(commandLine, messages, "snapshot", "cli.snapshot.description");
        describe(commandLine, messages, "export", "cli.export.description");
        describe(commandLine, messages, "returns", "cli.returns.description");
        ReturnsCommand.describe(commandLine.getSubcommands().get("returns"));
        describe(commandLine, messages, "generate", "cli.generate.description");
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof SecretariatException known) {
                LOG.warn("{} refused: {}", cmd.getCommandName(), known.messageKey(), known);
                cmd.getErr().println(messages.textOf(known));
                return ExitCodes.of(known);
            }
            LOG.error("{} failed", cmd.getCommandName(), error);
            cmd.getErr().println(messages.description(error));
            return ExitCodes.FAILED;
        });
        return commandLine;
    }

    private static void describe(CommandLine commandLine, Messages messages, String name, String key) {
        commandLine.getSubcommands().get(name).getCommandSpec().usageMessage().description(messages.text(key));
    }

    /** {@code --version} prints the product's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Messages.get("cli.version", AppInfo.version())};
        }
    }
}
