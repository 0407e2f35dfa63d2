package uk.dln.secretariat.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.TestDatabase;
import uk.dln.secretariat.persistence.server.TwoDepartments;

/** {@code admin grant} on a real server (decision 0038, "Roles"). */
@ExtendWith(PostgresExtension.class)
class AdminGrantCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                new Messages(Locale.UK)).execute(args);
    }

    @Test
    void grantingACoordinatorMakesTheirLoginMembersOfTheRoleAndRecordsTheirOrganisation(TestDatabase database)
            throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String name = network.claim("carol");

            assertEquals(ExitCodes.OK, run("-w", database.address(), "admin", "grant", "coordinator", name,
                    "--organisation", "ho"), err::toString);

            assertTrue(err.toString().contains("Made the database login " + name + ", with no password"), err::toString);
            try (var owner = database.connect(); var statement = owner.createStatement();
                 var found = statement.executeQuery("SELECT pg_has_role('" + name + "', 'secretariat_coordinator_'"
                         + " || (SELECT oid FROM pg_database WHERE datname = current_database()), 'MEMBER'), (SELECT organisation_id FROM server_member WHERE role_name = '" + name + "')")) {
                found.next();
                assertTrue(found.getBoolean(1));
                assertEquals(TwoDepartments.HOME_OFFICE, found.getLong(2));
            }
        }
    }

    @Test
    void anUnknownOrganisationIsRefusedNamingIt(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String name = network.claim("carol");

            assertEquals(ExitCodes.INVALID_INPUT,
                    run("-w", database.address(), "admin", "grant", "coordinator", name, "--organisation", "MOJ"));

            assertTrue(err.toString().contains("There is no organisation MOJ in this workspace. Nothing was granted."),
                    err::toString);
        }
    }

    @Test
    void theHelpSaysThatNoPasswordIsSetAndWhereOneComesFrom() {
        var grant = SecretariatCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                new Messages(Locale.UK)).getSubcommands().get("admin").getSubcommands().get("grant");

        String help = String.join(" ", grant.getCommandSpec().usageMessage().description());

        assertTrue(help.contains("with no password"), help);
        assertTrue(help.contains(".pgpass"), help);
    }
}
