package uk.dln.secretariat.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.dln.secretariat.app.boardpack.PackExporter;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.persistence.Workspace;

/** Writes the board pack and trackers into a folder: the same files the Board packs section writes. */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.export.date")
    private LocalDate date;

    @Option(names = "--out", paramLabel = "FOLDER", required = true, descriptionKey = "cli.export.out")
    private Path out;

    @Option(names = "--sections", paramLabel = "LIST", split = ",", descriptionKey = "cli.export.sections")
    private List<PackSection> sections;

    private final Clock clock;

    ExportCommand() {
        this(Clock.systemDefaultZone());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = date != null ? date : LocalDate.now(clock);
        var chosen = sections == null || sections.isEmpty() ? EnumSet.allOf(PackSection.class) : EnumSet.copyOf(sections);
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new SecretariatException("pack.error.folder", out);
        }
        var err = spec.commandLine().getErr();
        try (var workspace = Workspace.open(parent.workspace().fileOrDefault())) {
            PackExporter.Result result = new PackExporter().export(workspace, day, chosen, out.toAbsolutePath(),
                    new QuietProgress());
            err.println(Messages.get("cli.export.done", result.pack(), result.trackers()));
        }
        return ExitCodes.OK;
    }

    /** The command line shows no progress bar and cannot be cancelled half way (Ctrl+C ends the process). */
    private static final class QuietProgress implements BackgroundTask.Progress {
        @Override
        public void update(long done, long total) {
            // Nothing to show.
        }

        @Override
        public void message(String message) {
            // Nothing to show.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
