package uk.dln.secretariat.app.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.Workspace;

/** The people screen's jobs, as the window and any command would call them, on a real workspace file. */
class PeopleInRolesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Workspace workspace;
    private PeopleInRoles people;
    private Organisation dsit;
    private Leader priya;

    @BeforeEach
    void setUp() {
        workspace = Workspace.open(folder.resolve("w.secretariat"),
                Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
        people = new PeopleInRoles(workspace.data());
        dsit = workspace.data().organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        priya = people.save(Leader.create("Priya Shah"));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Membership role(LocalDate from) {
        return people.giveRole(new Membership(0, priya.id(), dsit.id(), NetworkRole.DIGITAL_LEADER, from, null));
    }

    @Test
    void aRoleEndedTodayLastsUntilToday() {
        var ended = people.endRole(role(LocalDate.of(2026, 1, 1)), TODAY);

        assertEquals(TODAY, ended.validTo());
        assertEquals(TODAY, people.recordOf(priya.id()).roles().get(0).membership().validTo());
    }

    @Test
    void aRoleThatBeginsLaterEndsOnItsFirstDay() {
        var ended = people.endRole(role(TODAY.plusDays(10)), TODAY);

        assertEquals(TODAY.plusDays(10), ended.validTo());
    }

    @Test
    void aWithdrawnDeclarationStaysOnTheRecordAsNoLongerCurrent() {
        var declared = people.declare(new Declaration(0, priya.id(), "Adviser to a charity", TODAY, true));

        people.withdraw(declared);

        var record = people.recordOf(priya.id());
        assertEquals(1, record.declarations().size());
        assertFalse(record.declarations().get(0).current());
    }

    @Test
    void aPersonIsListedWithTheRoleTheyHoldAndDeletedOnlyAsRead() {
        role(LocalDate.of(2026, 1, 1));
        var listed = people.on(TODAY).roles().get(0);
        people.save(new Leader(priya.id(), priya.name(), "Chief Digital Officer", "", false, "", "",
                listed.leader().version()));

        assertEquals(NetworkRole.DIGITAL_LEADER, listed.role());
        assertThrows(SecretariatException.class, () -> people.delete(listed.leader()));
        people.delete(people.on(TODAY).roles().get(0).leader());
        assertTrue(people.on(TODAY).roles().isEmpty());
    }
}
