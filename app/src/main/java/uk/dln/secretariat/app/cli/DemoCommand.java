package uk.dln.secretariat.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.returns.DemoReturns;
import uk.dln.secretariat.app.core.demo.DemoData;
import uk.dln.secretariat.app.i18n.Messages;

/** Fills an existing workspace (made by {@code init}) with demonstration records. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--returns", paramLabel = "FOLDER", descriptionKey = "cli.demo.returns")
    private Path returns;

    @Override
    public Integer call() {
        try (var opened = parent.workspace().openExisting()) {
            Warnings.print(opened, spec.commandLine().getErr());
            DemoData.Summary summary = new DemoData(Clock.systemDefaultZone()).fill(opened.data(),
                    Progress.none());
            spec.commandLine().getErr().println(Messages.get("cli.demo.done", opened.location(),
                    summary.organisations(),
                    summary.leaders(), summary.meetings()));
            if (returns != null) {
                var prepared = new DemoReturns(Clock.systemDefaultZone()).fill(opened.data(), returns);
                spec.commandLine().getErr().println(Messages.get("cli.demo.returnsDone", returns,
                        prepared.size()));
            }
        }
        return ExitCodes.OK;
    }
}
