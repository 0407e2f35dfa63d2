package uk.dln.secretariat.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.core.returns.ReturnChange;
import uk.dln.secretariat.app.core.returns.ReturnChangeText;
import uk.dln.secretariat.app.core.returns.ReturnChasers;
import uk.dln.secretariat.app.core.returns.ReturnIntake;
import uk.dln.secretariat.app.core.returns.ReturnIssuer;
import uk.dln.secretariat.app.core.returns.ReturnPreview;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * {@code secretariat returns issue --out DIR} and {@code secretariat returns import FILE... [--accept-all]}: the
 * departmental returns loop from the command line. Import prints the preview and stores only when told to.
 */
@Command(name = "returns", subcommands = {ReturnsCommand.Issue.class, ReturnsCommand.Chase.class, ReturnsCommand.Import.class})
final class ReturnsCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    /** Each subcommand's description, from the bundle. */
    static void describe(picocli.CommandLine returns) {
        var subcommands = returns.getSubcommands();
        subcommands.get("issue").getCommandSpec().usageMessage()
                .description(Messages.get("cli.returns.issue.description"));
        subcommands.get("chase").getCommandSpec().usageMessage()
                .description(Messages.get("cli.returns.chase.description"));
        subcommands.get("import").getCommandSpec().usageMessage()
                .description(Messages.get("cli.returns.import.description"));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "issue")
    static final class Issue implements Callable<Integer> {

        @ParentCommand
        private ReturnsCommand returns;

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FOLDER", required = true, descriptionKey = "cli.returns.issue.out")
        private Path out;

        @Option(names = "--organisation", paramLabel = "SHORT",
                descriptionKey = "cli.returns.issue.organisation")
        private String organisation;

        @Option(names = "--due", paramLabel = "DATE", descriptionKey = "cli.returns.issue.due")
        private LocalDate due;

        @Override
        public Integer call() {
            Clock clock = Clock.systemDefaultZone();
            PrintWriter err = spec.commandLine().getErr();
            try (var opened = returns.parent.workspace().openExisting()) {
                Warnings.print(opened, err);
                var workspace = opened.data();
                LocalDate deadline = due != null ? due : LocalDate.now(clock).plusWeeks(2);
                for (var issued : new ReturnIssuer(clock).issue(workspace, organisation, deadline, out)) {
                    err.println(Messages.get("cli.returns.issue.done", issued.file(),
                            issued.issued().organisation()));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "chase")
    static final class Chase implements Callable<Integer> {

        @ParentCommand
        private ReturnsCommand returns;

        @Spec
        private CommandSpec spec;

        @Option(names = "--folder", paramLabel = "FOLDER", required = true, descriptionKey = "cli.returns.chase.folder")
        private Path folder;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (var opened = returns.parent.workspace().openExisting()) {
                Warnings.print(opened, err);
                var workspace = opened.data();
                var written = new ReturnChasers(Clock.systemDefaultZone()).write(workspace, folder);
                err.println(Messages.get("cli.returns.chase.done", written.size(), folder.resolve("chasers")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private ReturnsCommand returns;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "cli.returns.import.files")
        private List<Path> files;

        @Option(names = "--accept-all", descriptionKey = "cli.returns.import.acceptAll")
        private boolean acceptAll;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            var intake = new ReturnIntake(Clock.systemDefaultZone());
            int exit = ExitCodes.OK;
            try (var opened = returns.parent.workspace().openExisting()) {
                Warnings.print(opened, err);
                var workspace = opened.data();
                for (Path file : files) {
                    ReturnPreview preview = intake.preview(workspace, file);
                    if (preview.isRefused()) {
                        err.println(Messages.get("cli.returns.import.refused", file));
                        preview.problems().forEach(problem -> err.println("  " + problem));
                        exit = ExitCodes.INVALID_INPUT;
                        continue;
                    }
                    print(out, preview);
                    if (acceptAll && !preview.changes().isEmpty()) {
                        int stored = intake.takeIn(workspace, preview, ReturnIntake.acceptedByDefault(preview));
                        err.println(Messages.get("cli.returns.import.stored", stored, file));
                    }
                }
                if (!acceptAll && exit == ExitCodes.OK) {
                    err.println(Messages.get("cli.returns.import.notStored"));
                }
            }
            return exit;
        }

        private static void print(PrintWriter out, ReturnPreview preview) {
            out.println(Messages.get("cli.returns.import.preview", preview.issued().organisation(),
                    preview.changes().size(), preview.conflicts()));
            if (preview.changes().isEmpty()) {
                out.println("  " + Messages.get("cli.returns.import.none"));
            }
            for (ReturnChange change : preview.changes()) {
                out.println("  " + ReturnChangeText.of(change));
            }
        }
    }
}
