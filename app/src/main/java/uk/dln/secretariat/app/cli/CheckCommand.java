package uk.dln.secretariat.app.cli;

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

    /** Connects as the person would and reads the schema version, changing nothing (no upgrade). */
    private int checkServer(ServerAddress address) {
        var schema = ServerWorkspace.check(address);
        var err = spec.commandLine().getErr();
        err.println(Messages.get("cli.check.schema", address, schema.fileVersion(), schema.appVersion()));
        err.println(Messages.get("cli.check.server", address.host(), address.user()));
        return ExitCodes.OK;
    }
}
