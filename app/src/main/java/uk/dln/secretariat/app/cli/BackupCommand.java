package uk.dln.secretariat.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.backup.Backup;

/** Makes a backup of the workspace now, in the backups folder beside it; works while the app has it open. */
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Backup backup = Workspace.backUp(parent.workspace().fileOrDefault(), Clock.systemDefaultZone());
        spec.commandLine().getErr().println(Messages.get("cli.backup.done", backup.file(),
                Formats.fileSize(backup.sizeBytes())));
        return ExitCodes.OK;
    }
}
