package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.WorkspaceCopy;

/** {@code share --from FILE --to postgresql://…}: a file's records onto a new shared workspace (decision 0038). */
@Command(name = "share")
final class ShareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "cli.share.from")
    private Path from;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", descriptionKey = "cli.share.to")
    private String to;

    @Override
    public Integer call() {
        var address = ServerAddress.parse(to);
        var copied = WorkspaceCopy.share(from, address, Clock.systemDefaultZone());
        spec.commandLine().getErr().println(Messages.get("cli.share.done", from, address, copied.records(),
                copied.tables()));
        return ExitCodes.OK;
    }
}
