package uk.dln.secretariat.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.core.backup.BackupKeeping;
import uk.dln.secretariat.app.i18n.Formats;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.RestoreResult;
import uk.dln.secretariat.persistence.backup.Backup;

/**
 * {@code restore} lists the workspace's backups, numbered newest first; {@code restore N}, {@code restore FILE} or
 * {@code restore --latest} puts one in the workspace's place, keeping the workspace as it was aside.
 */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "BACKUP", descriptionKey = "cli.restore.backup")
    private String which;

    @Option(names = "--latest", descriptionKey = "cli.restore.latest")
    private boolean latest;

    @Override
    public Integer call() {
        if (parent.workspace().isServer()) {
            // A server's backup is a snapshot file; it goes back into a new, empty database with share.
            throw new SecretariatException("cli.restore.server", parent.workspace().server());
        }
        Path file = parent.workspace().fileOrDefault().toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new SecretariatException("workspace.error.folder", file);
        }
        if (!Files.exists(file)) {
            throw new SecretariatException("workspace.error.missing", file);
        }
        BackupKeeping backups = BackupKeeping.ofFile(file);
        if (which == null && !latest) {
            return list(file, backups.list());
        }
        Path chosen = latest ? backups.latestGood().map(Backup::file).orElse(null) : chosen(backups.list());
        var err = spec.commandLine().getErr();
        if (chosen == null) {
            err.println(Messages.get(latest ? "cli.restore.noBackup" : "cli.restore.unknownBackup", which,
                    backups.folder()));
            return ExitCodes.NO_BACKUP;
        }
        RestoreResult result = BackupKeeping.restore(file, chosen, Clock.systemDefaultZone());
        err.println(Messages.get("cli.restore.done", file, chosen.getFileName()));
        result.keptAsideFile().ifPresent(aside -> err.println(Messages.get(
                result.wasDamaged() ? "cli.restore.damagedKept" : "cli.restore.previousKept", aside)));
        return ExitCodes.OK;
    }

    private int list(Path file, List<Backup> backups) {
        if (backups.isEmpty()) {
            spec.commandLine().getErr().println(Messages.get("cli.restore.none", file));
            return ExitCodes.OK;
        }
        var out = spec.commandLine().getOut();
        for (int i = 0; i < backups.size(); i++) {
            Backup backup = backups.get(i);
            out.println(Messages.get("cli.restore.line", i + 1, Formats.dateTime(backup.madeAt()),
                    Messages.get(backup.kind().labelKey()), Formats.fileSize(backup.sizeBytes()),
                    backup.file().getFileName()));
        }
        spec.commandLine().getErr().println(Messages.get("cli.restore.hint"));
        return ExitCodes.OK;
    }

    /** A number from the list, or a backup file named by path. */
    private Path chosen(List<Backup> backups) {
        if (which.matches("\\d{1,4}")) {
            int number = Integer.parseInt(which);
            return number >= 1 && number <= backups.size() ? backups.get(number - 1).file() : null;
        }
        Path named = Path.of(which);
        return Files.isRegularFile(named) ? named : null;
    }
}
