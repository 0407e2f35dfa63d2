package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.OrganisationKind;

/** The directory's forms know when they hold unsaved work, and a new entry or a reload does not lose it. */
class DirectoryChangesTest {

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
        var organisations = directory.organisations();
        organisations.newOrganisation();
        organisations.form().nameProperty().set("Home Office");
        organisations.form().shortNameProperty().set("HO");
        organisations.form().kindProperty().set(OrganisationKind.MINISTERIAL_DEPARTMENT);
        organisations.save();
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void aSavedOrganisationIsClean() {
        assertFalse(directory.changes().isDirty(), () -> directory.changes().dirtyEditors().toString());
    }

    @Test
    void aNameTypedAndTypedBackIsClean() {
        var form = directory.organisations().form();
        form.nameProperty().set("Home Office (HO)");
        assertTrue(directory.organisations().isDirty());

        form.nameProperty().set("Home Office");

        assertFalse(directory.organisations().isDirty());
    }

    @Test
    void aNewOrganisationOverUnsavedChangesThenCancelKeepsThem() {
        directory.organisations().form().notesProperty().set("Lead for borders");
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        directory.organisations().newOrganisation();

        assertEquals("Lead for borders", directory.organisations().form().notesProperty().get());
        assertEquals("HO", directory.organisations().selectedProperty().get().organisation().shortName());
    }

    @Test
    void aNewOrganisationOverUnsavedChangesThenSaveStoresThemFirst() {
        directory.organisations().form().notesProperty().set("Lead for borders");
        dialogs.saveChoices.add(SaveChoice.SAVE);

        directory.organisations().newOrganisation();

        assertEquals("Lead for borders", workspaces.records().orElseThrow().organisations().findAll().get(0).notes());
        assertEquals("", directory.organisations().form().nameProperty().get());
        assertTrue(directory.organisations().selectedProperty().get() == null);
    }

    @Test
    void savingAPersonKeepsTheOrganisationBeingTyped() {
        directory.organisations().form().notesProperty().set("Lead for borders");
        var people = directory.leaders();
        people.newLeader();
        people.form().nameProperty().set("Priya Shah");

        people.save();

        assertEquals("Lead for borders", directory.organisations().form().notesProperty().get());
        assertTrue(directory.organisations().isDirty());
        assertFalse(people.isDirty());
    }

    @Test
    void aRoleBeingWrittenIsItsOwnUnsavedChange() {
        var people = directory.leaders();
        people.membershipForm().organisationProperty().set(people.organisations().get(0));

        assertTrue(people.roleEditor().isDirty());
        assertFalse(people.isDirty());
        assertTrue(directory.changes().isDirty());
    }
}
