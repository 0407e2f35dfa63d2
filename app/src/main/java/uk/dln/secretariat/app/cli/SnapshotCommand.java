package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.server.WorkspaceCopy;

/**
 * {@code --workspace postgresql://… snapshot --to FILE}: a shared workspace's records into a new file, for offline
 * work or to keep (decision 0038).
 */
@Command(name = "snapshot")
final class SnapshotCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "cli.snapshot.to")
    private Path to;

    @Override
    public Integer call() {
        var address = parent.workspace().server();
        var copied = WorkspaceCopy.snapshot(address, to, Clock.systemDefaultZone());
        spec.commandLine().getErr().println(Messages.get("cli.snapshot.done", address, to, copied.records(),
                copied.tables()));
        return ExitCodes.OK;
    }
}
