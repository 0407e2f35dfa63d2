package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import uk.dln.secretariat.model.directory.Declaration;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Someone else saves the person the directory shows while it is being edited: the save, the delete, ending a role and
 * withdrawing a declaration are each refused with who changed what, and Reload shows their version.
 */
class PersonSavedByTwoPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private LeadersViewModel people;
    private Leader priya;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        people = new LeadersViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), () -> { });
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        var dsit = workspace().organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        priya = workspace().leaders().save(Leader.create("Priya Shah"));
        workspace().memberships().save(new Membership(0, priya.id(), dsit.id(), NetworkRole.DIGITAL_LEADER,
                LocalDate.of(2026, 1, 1), null));
        workspace().declarations().save(new Declaration(0, priya.id(), "Adviser to a charity",
                LocalDate.of(2026, 1, 1), true));
        people.reload();
        people.selectedProperty().set(people.visibleItems().get(0));
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    private Leader stored() {
        return workspace().leaders().find(priya.id()).orElseThrow();
    }

    /** A second person's save, from the person as they read them. */
    private void retitledBehindTheFormsBack(String jobTitle) {
        Leader theirs = stored();
        workspace().leaders().save(new Leader(theirs.id(), theirs.name(), jobTitle, theirs.grade(),
                theirs.boardMember(), theirs.email(), theirs.phone(), theirs.version()));
    }

    @Test
    void keepEditingKeepsWhatWasTypedAndSavesNothingOverTheOtherPersonsChange() {
        retitledBehindTheFormsBack("Chief Digital Officer");
        people.form().jobTitleProperty().set("Director General");
        dialogs.reloads.add(false);

        people.save();

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).startsWith("Person: changed by someone else"), dialogs.conflicts.get(0));
        assertTrue(dialogs.conflicts.get(0).contains("(job_title)"), dialogs.conflicts.get(0));
        assertEquals("Director General", people.form().jobTitleProperty().get());
        assertEquals("Chief Digital Officer", stored().jobTitle());
    }

    @Test
    void reloadShowsTheOtherPersonsVersionAndTheNextSaveIsMadeOverIt() {
        retitledBehindTheFormsBack("Chief Digital Officer");
        people.form().jobTitleProperty().set("Director General");
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        people.save();

        assertEquals("Chief Digital Officer", people.form().jobTitleProperty().get());
        people.form().gradeProperty().set("SCS3");
        people.save();
        assertEquals("SCS3", stored().grade());
        assertEquals("Chief Digital Officer", stored().jobTitle());
        assertEquals(1, dialogs.conflicts.size());
    }

    @Test
    void deletingAPersonSomeoneElseChangedSinceIsRefusedAndKeepsThem() {
        retitledBehindTheFormsBack("Chief Digital Officer");
        dialogs.confirmations.add(true);
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        people.delete();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("Chief Digital Officer", stored().jobTitle());
        assertEquals("Chief Digital Officer", people.form().jobTitleProperty().get());
    }

    @Test
    void endingARoleSomeoneElseEndedSinceIsRefusedAndKeepsTheirEndDate() {
        var shown = people.history().get(0);
        var theirs = workspace().memberships().forLeader(priya.id()).get(0).membership();
        workspace().memberships().save(theirs.endingOn(LocalDate.of(2026, 6, 30)));
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        people.endRole(shown);

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).startsWith("Role: changed by someone else"), dialogs.conflicts.get(0));
        assertEquals(LocalDate.of(2026, 6, 30), people.history().get(0).membership().validTo());
    }

    @Test
    void withdrawingADeclarationSomeoneElseRewordedSinceIsRefused() {
        var shown = people.declarations().get(0);
        workspace().declarations().save(new Declaration(shown.id(), shown.leaderId(), "Trustee of a charity",
                shown.declaredOn(), true, shown.version()));
        dialogs.reloads.add(false);

        people.withdrawDeclaration(shown);

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(workspace().declarations().forLeader(priya.id()).get(0).current());
    }
}
