package uk.dln.secretariat.app.roadmaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_ACTION;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_MILESTONE;
import static uk.dln.secretariat.persistence.server.TwoDepartments.HOME_OFFICE_ROADMAP;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_ACTION;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_MILESTONE;
import static uk.dln.secretariat.persistence.server.TwoDepartments.WORK_AND_PENSIONS_ROADMAP;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.persistence.server.PostgresExtension;
import uk.dln.secretariat.persistence.server.ServerRole;
import uk.dln.secretariat.persistence.server.ServerWorkspace;
import uk.dln.secretariat.persistence.server.TestDatabase;
import uk.dln.secretariat.persistence.server.TwoDepartments;

/**
 * A departmental coordinator working in the app on a shared workspace (decision 0038, "Roles"): the app's own
 * repositories save their department's milestones and actions, and the server's refusal of another department's reaches them as
 * a message that says why, not as a record gone or a database error.
 */
@ExtendWith(PostgresExtension.class)
class CoordinatorOnASharedWorkspaceTest {

    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

    @Test
    void aCoordinatorSavesTheirOwnDepartmentsMilestone(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var workspace = ServerWorkspace.open(network.addressOf(coordinator), Clock.systemUTC())) {
                var milestones = workspace.data().roadmaps().milestones();
                var own = milestones.findByRoadmap(HOME_OFFICE_ROADMAP).get(0);

                milestones.save(own.withForecast(JUNE, DeliveryConfidence.AMBER_RED), "Supplier late");

                assertEquals(JUNE, milestones.findByRoadmap(HOME_OFFICE_ROADMAP).get(0).forecastDate());
            }
        }
    }

    @Test
    void savingAnotherDepartmentsMilestoneIsRefusedWithAMessageThatSaysWhy(TestDatabase database)
            throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var workspace = ServerWorkspace.open(network.addressOf(coordinator), Clock.systemUTC())) {
                var milestones = workspace.data().roadmaps().milestones();
                Milestone theirs = milestones.findByRoadmap(WORK_AND_PENSIONS_ROADMAP).get(0);

                var refused = assertThrows(SecretariatException.class,
                        () -> milestones.save(theirs.withForecast(JUNE, DeliveryConfidence.RED), "Slipped"));

                assertEquals("The server refused this change: your role lets you change only your own "
                        + "organisation\u2019s records, or none. Nothing was saved. Ask the secretariat to make the "
                        + "change.", new Messages(Locale.UK).textOf(refused));
                assertEquals(WORK_AND_PENSIONS_MILESTONE, theirs.id());
                assertEquals(DeliveryConfidence.GREEN, milestones.findByRoadmap(WORK_AND_PENSIONS_ROADMAP).get(0)
                        .confidence());
            }
        }
    }

    @Test
    void movingTheirOwnMilestoneToAnotherDepartmentsRoadmapIsRefusedAlike(TestDatabase database)
            throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var workspace = ServerWorkspace.open(network.addressOf(coordinator), Clock.systemUTC())) {
                var milestones = workspace.data().roadmaps().milestones();
                Milestone own = milestones.findByRoadmap(HOME_OFFICE_ROADMAP).get(0);
                var moved = new Milestone(own.id(), WORK_AND_PENSIONS_ROADMAP, own.title(), own.description(),
                        own.owner(), own.baselineDate(), own.forecastDate(), own.actualDate(), own.status(),
                        own.confidence(), own.dependsOn());

                var refused = assertThrows(SecretariatException.class, () -> milestones.save(moved));

                assertEquals("workspace.error.serverRefused", refused.messageKey());
                assertEquals(HOME_OFFICE_MILESTONE, milestones.findByRoadmap(HOME_OFFICE_ROADMAP).get(0).id());
            }
        }
    }

    @Test
    void aCoordinatorUpdatesTheirOwnDepartmentsActionButNotAnothers(TestDatabase database) throws SQLException {
        try (var network = TwoDepartments.in(database)) {
            String coordinator = network.person("carol", ServerRole.COORDINATOR, "HO");
            try (var workspace = ServerWorkspace.open(network.addressOf(coordinator), Clock.systemUTC())) {
                var actions = workspace.data().actions();

                actions.changeStatus(HOME_OFFICE_ACTION, ActionStatus.IN_PROGRESS, "Draft with the board");
                var refused = assertThrows(SecretariatException.class,
                        () -> actions.changeStatus(WORK_AND_PENSIONS_ACTION, ActionStatus.IN_PROGRESS, ""));

                assertEquals("workspace.error.serverRefused", refused.messageKey());
                assertEquals(ActionStatus.IN_PROGRESS, actions.find(HOME_OFFICE_ACTION).orElseThrow().status());
                assertEquals(1, actions.updates(HOME_OFFICE_ACTION).size());
                assertEquals(ActionStatus.OPEN, actions.find(WORK_AND_PENSIONS_ACTION).orElseThrow().status());
            }
        }
    }
}
