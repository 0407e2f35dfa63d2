package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.core.shared.RecordChanged;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Someone else rates the approach, records the role check item or closes the round the self-assessment shows while
 * it is being edited: the save is refused with who changed what, the typing kept until the person chooses Reload,
 * and a form holding typing says who changed its record.
 */
class RatingSavedByTwoPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private SelfAssessmentViewModel viewModel;
    private Organisation dsit;
    private SelfAssessmentRound spring;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> { throw new AssertionError(error); });
        dsit = workspace().organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        spring = workspace().selfAssessment().open(SelfAssessmentRound.open("Spring 2027", TODAY, TODAY.plusWeeks(4)));
        workspace().selfAssessment().rate(ApproachRating.of(spring.id(), dsit.id(), approachId(),
                MaturityLevel.DEVELOPING, "Draft strategy"));
        viewModel = new SelfAssessmentViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(Instant.parse("2027-03-10T10:42:00Z"), ZoneOffset.UTC), folder.resolve("packs"));
        viewModel.organisationProperty().set(dsit);
        viewModel.approachProperty().set(viewModel.approaches().get(0));
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private WorkspaceData workspace() {
        return workspaces.records().orElseThrow();
    }

    private long approachId() {
        return workspace().selfAssessment().approaches().get(0).id();
    }

    private ApproachRating stored() {
        return workspace().selfAssessment().ratings(spring.id()).get(0);
    }

    /** A second person's rating, from the rating as they read it; the change feed tells the window. */
    private void ratedBehindTheFormsBack(String evidence) {
        ApproachRating theirs = stored();
        workspace().selfAssessment().rate(new ApproachRating(spring.id(), dsit.id(), approachId(),
                MaturityLevel.ESTABLISHED, "", evidence, "", "", null, theirs.id(), theirs.version()));
    }

    @Test
    void aRatingSavedOverSomeoneElsesIsRefusedAndKeepsWhatWasTyped() {
        ratedBehindTheFormsBack("Strategy agreed by the board");
        viewModel.evidenceProperty().set("Strategy published");
        dialogs.reloads.add(false);

        viewModel.saveRating();

        assertEquals(1, dialogs.conflicts.size());
        assertTrue(dialogs.conflicts.get(0).startsWith("Rating: changed by someone else"), dialogs.conflicts.get(0));
        assertEquals("Strategy published", viewModel.evidenceProperty().get());
        assertEquals("Strategy agreed by the board", stored().evidence());
    }

    @Test
    void reloadShowsTheirRatingAndTheNextSaveIsMadeOverIt() {
        ratedBehindTheFormsBack("Strategy agreed by the board");
        viewModel.evidenceProperty().set("Strategy published");
        dialogs.reloads.add(true);
        dialogs.confirmations.add(true);

        viewModel.saveRating();

        assertEquals("Strategy agreed by the board", viewModel.evidenceProperty().get());
        viewModel.nextStepProperty().set("Publish it");
        viewModel.saveRating();
        assertEquals("Publish it", stored().nextStep());
        assertEquals(1, dialogs.conflicts.size());
    }

    @Test
    void typingOverARatingSomeoneElseChangedIsKeptWithANoticeNamingThem() {
        viewModel.evidenceProperty().set("Strategy published");
        ratedBehindTheFormsBack("Strategy agreed by the board");

        viewModel.othersChanged(new ChangedRecords(List.of(new RecordChanged("approach_rating", stored().id(),
                "coordinator_dsit")), Instant.parse("2027-03-10T10:42:00Z")));

        assertEquals("Strategy published", viewModel.evidenceProperty().get());
        assertEquals(Messages.get("changes.byOthers.notice", "coordinator_dsit", "10:42"),
                viewModel.ratingChangedByOthers().textProperty().get());
    }

    @Test
    void aRatingNotBeingTypedOverIsReadAgainWithoutANotice() {
        ratedBehindTheFormsBack("Strategy agreed by the board");

        viewModel.othersChanged(new ChangedRecords(List.of(new RecordChanged("approach_rating", stored().id(),
                "coordinator_dsit")), Instant.parse("2027-03-10T10:42:00Z")));

        assertEquals("Strategy agreed by the board", viewModel.evidenceProperty().get());
        assertEquals("", viewModel.ratingChangedByOthers().textProperty().get());
    }

    @Test
    void aRoleCheckItemSavedOverSomeoneElsesIsRefused() {
        workspace().roleChecks().record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED, null, "Not yet"));
        viewModel.reload();
        viewModel.expectationProperty().set(RoleExpectation.STRATEGY_AGREED);
        var theirs = workspace().roleChecks().checks().get(0).items().get(0);
        workspace().roleChecks().record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED, TODAY,
                "Signed off", theirs.id(), theirs.version()));
        viewModel.roleEvidenceProperty().set("Still being drafted");
        dialogs.reloads.add(false);

        viewModel.saveRoleItem();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals("Signed off", workspace().roleChecks().checks().get(0).items().get(0).evidence());
    }

    @Test
    void closingARoundSomeoneElseClosedAndReopenedIsRefused() {
        var shown = workspace().selfAssessment().rounds().get(0);
        workspace().selfAssessment().setClosed(shown, true);
        workspace().selfAssessment().setClosed(workspace().selfAssessment().rounds().get(0), false);
        dialogs.reloads.add(false);

        viewModel.toggleClosed();

        assertEquals(1, dialogs.conflicts.size());
        assertEquals(false, workspace().selfAssessment().rounds().get(0).closed());
    }
}
