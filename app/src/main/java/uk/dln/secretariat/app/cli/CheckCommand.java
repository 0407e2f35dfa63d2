package uk.dln.secretariat.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceHealth;

/** Reports a workspace's schema version and integrity without changing it. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
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
}
