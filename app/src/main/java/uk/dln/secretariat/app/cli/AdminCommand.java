package uk.dln.secretariat.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.server.ServerRole;
import uk.dln.secretariat.persistence.server.ServerRoles;

/**
 * {@code --workspace postgresql://… admin grant ROLE NAME [--organisation SHORT]}: who may do what in a shared
 * workspace, enforced by the server itself (decision 0038, "Roles").
 */
@Command(name = "admin", subcommands = AdminCommand.Grant.class, modelTransformer = AdminCommand.Texts.class)
final class AdminCommand implements Callable<Integer> {

    @ParentCommand
    private SecretariatCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The descriptions from the bundle, in the language the command line speaks. */
    static final class Texts implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec admin) {
            admin.usageMessage().description(Messages.get("cli.admin.description"));
            return admin;
        }
    }

    @Command(name = "grant", modelTransformer = Grant.Texts.class)
    static final class Grant implements Callable<Integer> {

        @ParentCommand
        private AdminCommand admin;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROLE", descriptionKey = "cli.admin.grant.role")
        private ServerRole role;

        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "cli.admin.grant.name")
        private String name;

        @Option(names = "--organisation", paramLabel = "SHORT", descriptionKey = "cli.admin.grant.organisation")
        private String organisation;

        @Override
        public Integer call() {
            var address = admin.parent.workspace().server();
            boolean made = ServerRoles.grant(address, role, name, organisation, Clock.systemDefaultZone());
            var err = spec.commandLine().getErr();
            if (made) {
                err.println(Messages.get("cli.admin.grant.made", name));
            }
            err.println(organisation == null
                    ? Messages.get("cli.admin.grant.done", role.name().toLowerCase(java.util.Locale.ROOT), name, address)
                    : Messages.get("cli.admin.grant.doneFor", role.name().toLowerCase(java.util.Locale.ROOT), name,
                            address, organisation));
            return ExitCodes.OK;
        }

        static final class Texts implements CommandLine.IModelTransformer {
            @Override
            public CommandSpec transform(CommandSpec grant) {
                grant.usageMessage().description(Messages.get("cli.admin.grant.description"));
                return grant;
            }
        }
    }
}
