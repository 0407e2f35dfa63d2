package uk.dln.secretariat.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.core.shared.ServerChanges;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;

/**
 * A window connected to a shared workspace hears, through the server's own notifications, what a second person
 * saves from another computer, and stops listening when it leaves the workspace (decisions 0045 and 0046).
 */
@ExtendWith(PostgresExtension.class)
class SharedWorkspaceChangesTest {

    private final LinkedBlockingQueue<RecordChanged> heard = new LinkedBlockingQueue<>();
    private TestPreferences preferences;
    private WorkspaceService workspaces;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        workspaces = new WorkspaceService(new SameThreadTaskExecutor(), preferences.preferences());
        // Wired as the window wires it, with the grouping's wait and the hop to the FX thread taken out.
        var delivery = new ChangeDelivery(Runnable::run, (delay, action) -> action.run(), Duration.ZERO,
                Clock.systemUTC());
        workspaces.changesByOthersProperty().addListener((obs, old, source) -> delivery.follow(source));
        delivery.listen(Set.of("organisation"), group -> heard.addAll(group.changes()));
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void anOrganisationSavedByASecondPersonIsHeardByTheConnectedWindowWithinASecond(TestDatabase database)
            throws Exception {
        var address = ServerAddress.parse(database.address());
        workspaces.connect(address, null, opened -> { }, error -> {
            throw new AssertionError(error);
        });

        awaitListening(database);
        long id;
        try (var colleague = ServerWorkspace.open(address, Clock.systemUTC())) {
            id = colleague.data().organisations().save(Organisation.create("Home Office", "HO",
                    OrganisationKind.MINISTERIAL_DEPARTMENT)).id();
        }

        RecordChanged change = heard.poll(1, TimeUnit.SECONDS);
        assertNotNull(change, "no change heard within a second");
        assertEquals("organisation", change.table());
        assertEquals(id, change.id());
    }

    /** The feed connects on a thread of its own, off the window's; a save before it listens would go unheard. */
    private static void awaitListening(TestDatabase database) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (var connection = database.connect(); var query = connection.prepareStatement(
                "select count(*) from pg_stat_activity where application_name = 'Secretariat changes'"
                        + " and datname = current_database()")) {
            while (System.nanoTime() < giveUp) {
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the change feed never connected");
    }

    @Test
    void leavingTheSharedWorkspaceStopsFollowingIt(TestDatabase database) {
        workspaces.connect(ServerAddress.parse(database.address()), null, opened -> { }, error -> {
            throw new AssertionError(error);
        });
        assertInstanceOf(ServerChanges.class, workspaces.changesByOthersProperty().get());

        workspaces.close();

        assertSame(ChangesByOthers.NONE, workspaces.changesByOthersProperty().get());
    }
}
