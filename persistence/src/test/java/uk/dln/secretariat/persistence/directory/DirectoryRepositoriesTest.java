package uk.dln.secretariat.persistence.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.directory.OrganisationRow;
import uk.dln.secretariat.persistence.Workspace;

class DirectoryRepositoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Workspace workspace;
    private Organisation dsit;

    @BeforeEach
    void setUp() {
        var clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        workspace = Workspace.open(folder.resolve("w.secretariat"), clock);
        dsit = workspace.organisations().save(Organisation.create(
                "Department for Science, Innovation and Technology", "DSIT", OrganisationKind.MINISTERIAL_DEPARTMENT));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Leader leader(String name) {
        return workspace.leaders().save(Leader.create(name));
    }

    private Membership term(Leader leader, Organisation organisation, NetworkRole role, String from, String to) {
        return new Membership(0, leader.id(), organisation.id(), role, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    @Test
    void anOrganisationRoundTripsWithItsParent() {
        var agency = workspace.organisations().save(new Organisation(0, "Met Office", "MO", OrganisationKind.AGENCY,
                dsit.id(), true, "Weather"));
        assertEquals(agency, workspace.organisations().find(agency.id()).orElseThrow());
    }

    @Test
    void aDuplicateShortNameIsRefusedWhateverItsCase() {
        var error = assertThrows(ValidationException.class, () -> workspace.organisations().save(
                Organisation.create("Another", "dsit", OrganisationKind.CENTRAL_UNIT)));
        assertEquals("shortName", error.problems().get(0).field());
        assertEquals("organisation.error.duplicateShortName", error.messageKey());
    }

    @Test
    void anOrganisationCannotTakeTheNameOfAnotherAndTheMessageNamesIt() {
        var error = assertThrows(ValidationException.class, () -> workspace.organisations().save(
                Organisation.create("department for science, innovation and technology", "DSIT2",
                        OrganisationKind.CENTRAL_UNIT)));

        assertEquals("name", error.problems().get(0).field());
        assertEquals("organisation.error.duplicateName", error.messageKey());
        assertEquals(List.of("Department for Science, Innovation and Technology", "DSIT"),
                error.problems().get(0).arguments());
        assertEquals(1, workspace.organisations().findAll().size());
    }

    @Test
    void anOrganisationSavedUnderItsOwnNameIsNotTakenForADuplicate() {
        var renamed = new Organisation(dsit.id(), dsit.name(), "DSIT", dsit.kind(), null, true, "New notes");

        workspace.organisations().save(renamed);

        assertEquals("New notes", workspace.organisations().find(dsit.id()).orElseThrow().notes());
    }

    @Test
    void anOrganisationCannotSitUnderItsOwnAgency() {
        var agency = workspace.organisations().save(new Organisation(0, "Met Office", "MO", OrganisationKind.AGENCY,
                dsit.id(), true, ""));
        var error = assertThrows(ValidationException.class,
                () -> workspace.organisations().save(dsit.withParent(agency.id())));
        assertEquals("organisation.error.parentCycle", error.messageKey());
    }

    @Test
    void anImportStoresAgenciesListedBeforeTheirDepartment() {
        var rows = List.of(
                new OrganisationRow(2, "Driver and Vehicle Licensing Agency", "DVLA", OrganisationKind.AGENCY, "DfT",
                        true, ""),
                new OrganisationRow(3, "Department for Transport", "DfT", OrganisationKind.MINISTERIAL_DEPARTMENT, "",
                        true, ""));
        workspace.organisations().importRows(rows);
        var all = workspace.organisations().findAll();
        var dft = all.stream().filter(o -> o.shortName().equals("DfT")).findFirst().orElseThrow();
        var dvla = all.stream().filter(o -> o.shortName().equals("DVLA")).findFirst().orElseThrow();
        assertEquals(dft.id(), dvla.parentId());
    }

    @Test
    void anImportWithOneBadRowStoresNothing() {
        var rows = List.of(
                new OrganisationRow(2, "Department for Transport", "DfT", OrganisationKind.MINISTERIAL_DEPARTMENT, "",
                        true, ""),
                new OrganisationRow(3, "Duplicate", "DSIT", OrganisationKind.CENTRAL_UNIT, "", true, ""));
        assertThrows(ValidationException.class, () -> workspace.organisations().importRows(rows));
        assertEquals(1, workspace.organisations().findAll().size());
    }

    @Test
    void overlappingDigitalLeaderTermsAreRefusedNamingTheOtherLeader() {
        var first = leader("Alex Morgan");
        var second = leader("Sam Patel");
        workspace.memberships().save(term(first, dsit, NetworkRole.DIGITAL_LEADER, "2024-01-01", null));

        var error = assertThrows(ValidationException.class, () -> workspace.memberships().save(
                term(second, dsit, NetworkRole.DIGITAL_LEADER, "2026-06-01", null)));

        assertEquals("membership.error.overlap", error.messageKey());
        assertEquals("Alex Morgan", error.arguments().get(0));
        assertEquals(1, workspace.memberships().forOrganisation(dsit.id()).size());
    }

    @Test
    void theSchemaItselfRefusesOverlappingTermsFromAnyWriter() {
        var first = leader("Alex Morgan");
        var second = leader("Sam Patel");
        workspace.memberships().save(term(first, dsit, NetworkRole.DIGITAL_LEADER, "2024-01-01", "2025-12-31"));
        var stored = workspace.memberships().save(term(second, dsit, NetworkRole.DIGITAL_LEADER, "2026-01-01", null));
        // Deputies may overlap freely.
        workspace.memberships().save(term(first, dsit, NetworkRole.DEPUTY, "2026-01-01", null));
        assertEquals(3, workspace.memberships().forOrganisation(dsit.id()).size());
        assertTrue(stored.id() > 0);
    }

    @Test
    void successiveTermsMakeAHistoryVisibleFromBothSides() {
        var first = leader("Alex Morgan");
        var second = leader("Sam Patel");
        workspace.memberships().save(term(first, dsit, NetworkRole.DIGITAL_LEADER, "2022-04-01", "2025-03-31"));
        workspace.memberships().save(term(second, dsit, NetworkRole.DIGITAL_LEADER, "2025-04-01", null));

        var history = workspace.memberships().forOrganisation(dsit.id());
        assertEquals(List.of("Sam Patel", "Alex Morgan"), history.stream().map(v -> v.leaderName()).toList());
        assertEquals("DSIT", workspace.memberships().forLeader(first.id()).get(0).organisationShortName());
    }

    @Test
    void theGlanceListsMemberOrganisationsWithoutACurrentDigitalLeader() {
        var dft = workspace.organisations().save(Organisation.create("Department for Transport", "DfT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var past = leader("Alex Morgan");
        workspace.memberships().save(term(past, dft, NetworkRole.DIGITAL_LEADER, "2020-01-01", "2026-10-31"));
        var current = leader("Sam Patel");
        workspace.memberships().save(term(current, dsit, NetworkRole.DIGITAL_LEADER, "2026-11-01", null));

        var glance = workspace.memberships().glance(TODAY, 90);

        assertEquals(2, glance.memberCount());
        assertEquals(List.of("DfT"), glance.gaps().stream().map(Organisation::shortName).toList());
        assertEquals(2, glance.recentChanges().size());
        assertTrue(glance.recentChanges().get(0).started());
    }

    @Test
    void leadersAreListedWithTheirCurrentRole() {
        var current = leader("Sam Patel");
        var past = leader("Alex Morgan");
        workspace.memberships().save(term(current, dsit, NetworkRole.DIGITAL_LEADER, "2026-01-01", null));
        workspace.memberships().save(term(current, dsit, NetworkRole.COORDINATOR, "2025-01-01", null));
        workspace.memberships().save(term(past, dsit, NetworkRole.DEPUTY, "2020-01-01", "2021-01-01"));

        var roles = workspace.leaders().findAllWithRoleOn(TODAY);

        assertEquals(2, roles.size());
        assertNull(roles.get(0).role(), "Alex Morgan has no current role");
        assertEquals(NetworkRole.DIGITAL_LEADER, roles.get(1).role());
        assertEquals("DSIT", roles.get(1).organisationShortName());
    }

    @Test
    void deletingAnOrganisationWithHistoryIsRefused() {
        workspace.memberships().save(term(leader("Sam Patel"), dsit, NetworkRole.DIGITAL_LEADER, "2026-01-01", null));
        var error = assertThrows(ValidationException.class, () -> workspace.organisations().delete(dsit.id(), dsit.version()));
        assertEquals("organisation.error.hasMembers", error.messageKey());
    }

    @Test
    void declarationsAreKeptInTheRegister() {
        var sam = leader("Sam Patel");
        workspace.declarations().save(new Declaration(0, sam.id(), "Non-executive director, Open Data Institute",
                LocalDate.parse("2026-03-01"), true));
        var register = workspace.declarations().register();
        assertEquals("Sam Patel", register.get(0).leaderName());
        assertTrue(register.get(0).declaration().current());
    }
}
