package uk.dln.secretariat.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.WorkspaceRoot;
import uk.dln.secretariat.app.core.generate.DecadeGenerator;
import uk.dln.secretariat.app.core.generate.DecadeSummary;
import uk.dln.secretariat.app.i18n.Messages;

/** Fills a new workspace with ten years of generated records, for measuring performance at a realistic size. */
@Command(name = "generate")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.generate.scale")
    private double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.generate.seed")
    private long seed;

    @Override
    public Integer call() {
        if (!(scale > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.generate.badScale"));
        }
        long started = System.nanoTime();
        String location = parent.workspace().locationOrDefault();
        DecadeSummary s = new DecadeGenerator(scale, seed).generate(
                clock -> WorkspaceRoot.openForBulkLoad(location, clock), Progress.none());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        spec.commandLine().getErr().println(Messages.get("cli.generate.done", location,
                s.organisations(), s.leaders(), s.memberships(), s.roadmaps(), s.milestones(), s.milestoneChanges(),
                s.indicators(), s.readings(), s.risks(), s.meetings(), s.actions(), s.actionUpdates(), seconds,
                s.rounds(), s.ratings()));
        return ExitCodes.OK;
    }
}
