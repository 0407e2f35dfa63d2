package uk.dln.secretariat.app.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.core.shared.ChangeDelivery;
import uk.dln.secretariat.app.core.shared.ChangesByOthers;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.refresh.SectionRefresh;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;

/**
 * Someone else renames an organisation while the directory is open: the list shows the new name, the same
 * organisation still selected; an organisation's form holding typing keeps it and says who changed the organisation.
 */
class DirectoryChangedByOthersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private final List<Consumer<RecordChanged>> colleagues = new ArrayList<>();
    private TestPreferences preferences;
    private ScriptedDialogs dialogs;
    private WorkspaceService workspaces;
    private DirectoryViewModel directory;
    private Organisation homeOffice;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        directory = new DirectoryViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        // Wired as the window wires it, with the grouping's wait and the hop to the FX thread taken out.
        var delivery = new ChangeDelivery(Runnable::run, (delay, action) -> action.run(), Duration.ZERO,
                Clock.fixed(Instant.parse("2026-11-22T10:42:00Z"), ZoneOffset.UTC));
        workspaces.changesByOthersProperty().addListener((obs, old, source) -> delivery.follow(source));
        new SectionRefresh(delivery, new SimpleObjectProperty<>(Section.DIRECTORY))
                .tell(Section.DIRECTORY, directory::othersChanged);
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        homeOffice = workspaces.records().orElseThrow().organisations().save(Organisation.create("Home Office", "HO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspaces.records().orElseThrow().organisations().save(Organisation.create("Cabinet Office", "CO",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspaces.followChangesByOthers(listener -> {
            colleagues.add(listener);
            return () -> colleagues.remove(listener);
        });
        directory.reload();
        var organisations = directory.organisations();
        organisations.selectedProperty().set(organisations.visibleItems().stream()
                .filter(item -> item.organisation().id() == homeOffice.id()).findFirst().orElseThrow());
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    @Test
    void anOrganisationRenamedByAnotherShowsItsNewNameAndStaysSelected() {
        renameBehindTheWindow("Home Office (Migration and Borders)");

        var organisations = directory.organisations();
        assertTrue(organisations.visibleItems().stream()
                .anyMatch(item -> item.organisation().name().equals("Home Office (Migration and Borders)")));
        assertEquals(homeOffice.id(), organisations.selectedProperty().get().organisation().id());
        assertEquals("Home Office (Migration and Borders)", organisations.form().nameProperty().get());
    }

    @Test
    void typingOverTheOrganisationIsKeptWithANoticeWhileTheListShowsTheNewName() {
        var organisations = directory.organisations();
        organisations.form().notesProperty().set("Ask about the borders programme");

        renameBehindTheWindow("Home Office (Migration and Borders)");

        assertEquals("Ask about the borders programme", organisations.form().notesProperty().get());
        assertEquals("Home Office", organisations.form().nameProperty().get(), "nothing written over the typing");
        assertTrue(organisations.visibleItems().stream()
                .anyMatch(item -> item.organisation().name().equals("Home Office (Migration and Borders)")));
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_ho", "10:42"),
                organisations.changedByOthers().textProperty().get());
    }

    @Test
    void reloadAsksAboutTheTypingAndOnDiscardShowsTheStoredOrganisation() {
        var organisations = directory.organisations();
        organisations.form().notesProperty().set("Ask about the borders programme");
        renameBehindTheWindow("Home Office (Migration and Borders)");
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        organisations.changedByOthers().reloadStored();

        assertEquals(1, dialogs.saveQuestions.size());
        assertEquals("Home Office (Migration and Borders)", organisations.form().nameProperty().get());
        assertEquals("", organisations.form().notesProperty().get());
        assertEquals("", organisations.changedByOthers().textProperty().get());
    }

    @Test
    void typingOverAnotherOrganisationSaysNothingOfThisChange() {
        var organisations = directory.organisations();
        organisations.selectedProperty().set(organisations.visibleItems().stream()
                .filter(item -> item.organisation().shortName().equals("CO")).findFirst().orElseThrow());
        organisations.form().notesProperty().set("Ask about the borders programme");

        renameBehindTheWindow("Home Office (Migration and Borders)");

        assertEquals("", organisations.changedByOthers().textProperty().get());
        assertEquals("Ask about the borders programme", organisations.form().notesProperty().get());
    }

    @Test
    void aFileWorkspaceOpenedAfterwardsIsFollowedByNoOne() {
        workspaces.open(folder.resolve("other.secretariat"), error -> { throw new AssertionError(error); });

        assertEquals(ChangesByOthers.NONE, workspaces.changesByOthersProperty().get());
        assertTrue(colleagues.isEmpty(), "the shared workspace's notifications are no longer listened to");
    }

    private void renameBehindTheWindow(String name) {
        workspaces.records().orElseThrow().organisations().save(new Organisation(homeOffice.id(), name, "HO",
                OrganisationKind.MINISTERIAL_DEPARTMENT, null, true, ""));
        List.copyOf(colleagues).forEach(listener -> listener.accept(
                new RecordChanged("organisation", homeOffice.id(), "coordinator_ho")));
    }
}
