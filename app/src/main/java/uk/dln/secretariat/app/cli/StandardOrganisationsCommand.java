package uk.dln.secretariat.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.core.directory.ReferenceOrganisations;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Adds the organisations of the standard list that a workspace (made by {@code init}) does not have yet: what the
 * Directory's "Load standard organisations" does, through the same use case.
 */
@Command(name = "standard-organisations")
final class StandardOrganisationsCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (var opened = parent.workspace().openExisting()) {
            Warnings.print(opened, spec.commandLine().getErr());
            int added = new ReferenceOrganisations(opened.data()).loadMissing().size();
            spec.commandLine().getErr().println(added == 0 ? Messages.get("directory.standard.done.none")
                    : Messages.get("directory.standard.done.some", added));
        }
        return ExitCodes.OK;
    }
}
