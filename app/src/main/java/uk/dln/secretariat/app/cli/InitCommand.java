package uk.dln.secretariat.app.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/** Creates a workspace, or brings an existing one's schema up to date. */
@Command(name = "init")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (parent.workspace().isServer()) {
            // A shared workspace's schema is made, or brought up to date, by connecting to it.
            var address = parent.workspace().server();
            try (var opened = ServerWorkspace.open(address, Clock.systemDefaultZone())) {
                spec.commandLine().getErr().println(Messages.get("cli.init.upToDate", opened.address()));
            }
            return ExitCodes.OK;
        }
        var file = parent.workspace().fileOrDefault();
        boolean existed = Files.exists(file);
        try (var opened = Workspace.open(file)) {
            Warnings.print(opened, spec.commandLine().getErr());
            spec.commandLine().getErr().println(Messages.get(existed ? "cli.init.upToDate" : "cli.init.created",
                    opened.file()));
        }
        return ExitCodes.OK;
    }
}
