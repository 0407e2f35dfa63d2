package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.Backup;
import uk.dln.secretariat.persistence.server.WorkspaceCopy;

/**
 * Makes a backup of the workspace now, in the backups folder beside it; works while the app has it open. A shared
 * workspace on a server is backed up as a snapshot to a new file ({@code --to}, else one named for the database and
 * the time, in the current folder), checked record by record as {@code snapshot} does (decision 0043).
 */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    private static final DateTimeFormatter SNAPSHOT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    @Option(names = "--to", paramLabel = "FILE", descriptionKey = "cli.backup.to")
    private Path to;

    @Override
    public Integer call() {
        if (parent.workspace().isServer()) {
            var address = parent.workspace().server();
            Path file = to != null ? to : Path.of(address.database() + "-"
                    + LocalDateTime.now().format(SNAPSHOT_TIME) + ".secretariat");
            var copied = WorkspaceCopy.snapshot(address, file, Clock.systemDefaultZone());
            spec.commandLine().getErr().println(Messages.get("cli.backup.snapshot", address,
                    file.toAbsolutePath(), copied.records(), copied.tables()));
            return ExitCodes.OK;
        }
        Backup backup = Workspace.backUp(parent.workspace().fileOrDefault(), Clock.systemDefaultZone());
        spec.commandLine().getErr().println(Messages.get("cli.backup.done", backup.file(),
                Formats.fileSize(backup.sizeBytes())));
        return ExitCodes.OK;
    }
}
