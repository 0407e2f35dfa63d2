package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.OrganisationKind;

class DirectoryViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private DirectoryViewModel directory;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        directory = new DirectoryViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private void addOrganisation(String name, String shortName) {
        var organisations = directory.organisations();
        organisations.newOrganisation();
        organisations.form().nameProperty().set(name);
        organisations.form().shortNameProperty().set(shortName);
        organisations.form().kindProperty().set(OrganisationKind.MINISTERIAL_DEPARTMENT);
        organisations.save();
    }

    private void addPersonAsDigitalLeader(String name, String organisationShortName, LocalDate from) {
        var people = directory.leaders();
        people.newLeader();
        people.form().nameProperty().set(name);
        people.save();
        var form = people.membershipForm();
        form.organisationProperty().set(people.organisations().stream()
                .filter(o -> o.shortName().equals(organisationShortName)).findFirst().orElseThrow());
        form.roleProperty().set(NetworkRole.DIGITAL_LEADER);
        form.validFromProperty().set(from);
        people.addRole();
    }

    @Test
    void aNewOrganisationIsSelectedAndItsGapShowsAtAGlance() {
        addOrganisation("Home Office", "HO");

        assertEquals("HO", directory.organisations().selectedProperty().get().organisation().shortName());
        assertEquals(java.util.List.of("Home Office"), directory.glance().gaps());
        assertEquals("None (gap)", directory.organisations().visibleItems().get(0).digitalLeaderLabel());
    }

    @Test
    void aDuplicateShortNameIsShownOnTheFieldAndNothingIsStored() {
        addOrganisation("Home Office", "HO");
        addOrganisation("Another", "ho");

        assertTrue(directory.organisations().form().errors().of("shortName").get().contains("already used"));
        assertEquals(1, workspaces.records().orElseThrow().organisations().findAll().size());
    }

    @Test
    void anOverlappingDigitalLeaderIsRefusedOnTheDateField() {
        addOrganisation("Home Office", "HO");
        addPersonAsDigitalLeader("Alex Morgan", "HO", TODAY.minusYears(1));
        addPersonAsDigitalLeader("Sam Patel", "HO", TODAY);

        String message = directory.leaders().membershipForm().errors().of("validFrom").get();
        assertTrue(message.contains("Alex Morgan is already Digital Leader at HO"), message);
        assertTrue(directory.glance().gaps().isEmpty());
    }

    @Test
    void aLeadersHistoryIsVisibleFromThePersonAndFromTheOrganisation() {
        addOrganisation("Home Office", "HO");
        addPersonAsDigitalLeader("Alex Morgan", "HO", TODAY.minusYears(1));
        var people = directory.leaders();
        people.endRole(people.history().get(0));

        assertEquals(TODAY, people.history().get(0).membership().validTo());
        directory.organisations().selectedProperty().set(directory.organisations().visibleItems().get(0));
        assertEquals("Alex Morgan", directory.organisations().history().get(0).leaderName());
        assertTrue(directory.glance().recentChanges().get(0).contains("Alex Morgan stopped being Digital Leader at HO"),
                directory.glance().recentChanges().toString());
    }

    @Test
    void searchFindsPeopleByOrganisationAndRole() {
        addOrganisation("Home Office", "HO");
        addPersonAsDigitalLeader("Alex Morgan", "HO", TODAY.minusYears(1));
        directory.leaders().newLeader();
        directory.leaders().form().nameProperty().set("Sam Patel");
        directory.leaders().save();

        directory.leaders().searchProperty().set("digital leader");
        assertEquals(1, directory.leaders().visibleItems().size());
        directory.leaders().searchProperty().set("ho");
        assertEquals("Alex Morgan", directory.leaders().visibleItems().get(0).leader().name());
    }

    @Test
    void aFileWithBadLinesIsImportedOnlyOnceThePersonAgreesToSkipThem() throws Exception {
        Path file = Files.writeString(folder.resolve("orgs.csv"), "name,short_name,kind\n"
                + "Home Office,HO,ministerial department\nBad,B,quango\n");
        dialogs.confirmations.add(false);
        directory.organisations().importFile(file);
        assertTrue(workspaces.records().orElseThrow().organisations().findAll().isEmpty());

        dialogs.confirmations.add(true);
        directory.organisations().importFile(file);
        assertEquals(1, workspaces.records().orElseThrow().organisations().findAll().size());
        assertFalse(dialogs.information.isEmpty());
    }

    @Test
    void aFileWithNoGoodLinesStoresNothingAndSaysWhy() throws Exception {
        Path file = Files.writeString(folder.resolve("orgs.csv"), "title,kind\nHome Office,ministerial department\n");
        directory.organisations().importFile(file);
        assertTrue(dialogs.errors.get(0).contains("short_name"), dialogs.errors.get(0));
        assertTrue(workspaces.records().orElseThrow().organisations().findAll().isEmpty());
    }
}
