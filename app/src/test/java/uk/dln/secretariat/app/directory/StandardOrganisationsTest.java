package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.persistence.WorkspaceData;

/** Directory > Load standard organisations: adds what is missing, at any time, never a second copy. */
class StandardOrganisationsTest {

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private ReferenceListOffer standard;
    private int reloads;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        standard = new ReferenceListOffer(new WorkspaceTasks(workspaces, executor, dialogs), () -> reloads++);
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        standard.loadMissing();
        int loaded = workspace().organisations().findAll().size();

        standard.loadMissing();

        assertTrue(loaded > 20, "only " + loaded + " organisations loaded");
        assertEquals(loaded, workspace().organisations().findAll().size());
        assertTrue(dialogs.information.get(1).contains("nothing was added"), dialogs.information::toString);
        assertEquals(2, reloads);
    }

    @Test
    void organisationsAlreadyPresentByNameOrShortNameAreLeftAloneAndTheRestAdded() {
        // One typed by hand under another short name, one under another name: neither may be added again.
        workspace().organisations().save(Organisation.create("Cabinet Office", "CabOff",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspace().organisations().save(Organisation.create("Treasury", "HMT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));

        standard.loadMissing();

        var all = workspace().organisations().findAll();
        var names = all.stream().map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        var shortNames = all.stream().map(o -> o.shortName().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        assertEquals(names.stream().distinct().count(), names.size(), "a name twice: " + names);
        assertEquals(shortNames.stream().distinct().count(), shortNames.size(), "a short name twice: " + shortNames);
        assertTrue(shortNames.contains("dsit") && shortNames.contains("cabOff".toLowerCase(Locale.ROOT)));
        assertTrue(names.contains("treasury") && !names.contains("hm treasury"), names::toString);
    }

    @Test
    void aNewEmptyWorkspaceIsOfferedTheListAndLoadsItWhenAccepted() {
        dialogs.confirmations.add(true);

        standard.offer();

        assertTrue(workspace().organisations().findAll().size() > 20);
    }

    @Test
    void aWorkspaceThatHasOrganisationsIsNotOfferedTheList() {
        workspace().organisations().save(Organisation.create("Cabinet Office", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        dialogs.confirmations.add(true);

        standard.offer();

        assertEquals(1, workspace().organisations().findAll().size());
        assertEquals(1, dialogs.confirmations.size(), "the list was offered to a workspace in use");
    }
}
