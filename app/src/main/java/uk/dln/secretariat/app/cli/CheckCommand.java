package uk.dln.secretariat.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceHealth;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/**
 * Reports a workspace's schema version and integrity without changing it. On a server, it connects, as the person
 * would, and reports the schema version; the server answers for its own storage.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (parent.workspace().isServer()) {
            return checkServer(parent.workspace().server());
        }
        WorkspaceHealth health = Workspace.check(parent.workspace().fileOrDefault());
        var err = spec.commandLine().getErr();
        err.println(Messages.get("cli.check.schema", health.file(), health.schemaVersion(),
                health.appSchemaVersion()));
        if (health.intact()) {
            err.println(Messages.get("cli.check.intact"));
            return ExitCodes.OK;
        }
        err.println(Messages.get("cli.check.damaged", health.integrityProblems().size()));
        health.integrityProblems().stream().limit(20).forEach(problem -> err.println("  " + problem));
        return ExitCodes.DAMAGED_WORKSPACE;
    }

    /** Connecting brings an older schema up to date, as opening a file does; a newer one is refused untouched. */
    private int checkServer(ServerAddress address) {
        try (var server = ServerWorkspace.open(address, Clock.systemDefaultZone())) {
            var schema = server.schema();
            var err = spec.commandLine().getErr();
            err.println(Messages.get("cli.check.schema", server.location(), schema.fileVersion(),
                    schema.appVersion()));
            err.println(Messages.get("cli.check.server", address.host(), address.user(),
                    server.data().organisations().findAll().size()));
            return ExitCodes.OK;
        }
    }
}
