package uk.dln.secretariat.app.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.persistence.WorkspaceData;

class SelfAssessmentViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private SelfAssessmentViewModel viewModel;
    private ScriptedDialogs dialogs;
    private Organisation dsit;
    private Organisation hmrc;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        workspaces.open(folder.resolve("w.secretariat"), error -> {
            throw new AssertionError(error);
        });
        WorkspaceData workspace = workspaces.records().orElseThrow();
        dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        hmrc = workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        var leader = workspace.leaders().save(new Leader(0, "Ada Lovelace", "CDO", "Director General", true, "", ""));
        workspace.memberships().save(new Membership(0, leader.id(), dsit.id(), NetworkRole.DIGITAL_LEADER,
                LocalDate.of(2026, 1, 1), null));
        dialogs = new ScriptedDialogs();
        viewModel = new SelfAssessmentViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), folder.resolve("packs"));
    }

    @AfterEach
    void tearDown() throws Exception {
        workspaces.close();
        preferences.close();
    }

    private void openRound(String name) {
        viewModel.newRoundNameProperty().set(name);
        viewModel.newRoundDeadlineProperty().set(TODAY.plusWeeks(4));
        viewModel.openRound();
    }

    private void rate(Organisation organisation, int approach, MaturityLevel level, String evidence) {
        viewModel.organisationProperty().set(organisation);
        viewModel.approachProperty().set(viewModel.approaches().get(approach));
        viewModel.levelProperty().set(level);
        viewModel.evidenceProperty().set(evidence);
        viewModel.saveRating();
    }

    @Test
    void openingARoundShowsAnEmptyHeatMapOfEveryMemberByTheTwentyOneApproaches() {
        openRound("Spring 2027");

        var map = viewModel.heatMapProperty().get();
        assertEquals("Spring 2027", viewModel.roundProperty().get().name());
        assertEquals(2, map.organisations().size());
        assertEquals(21, viewModel.approaches().size());
        assertEquals("\u2013", SelfAssessmentViewModel.cellText(map, dsit.id(), viewModel.approaches().get(0).id()));
    }

    @Test
    void aSavedRatingShowsInItsCellInWordsAndAmongWhoToLearnFrom() {
        openRound("Spring 2027");

        rate(dsit, 0, MaturityLevel.EMBEDDED, "Strategy owned jointly with the Treasury");
        rate(hmrc, 0, MaturityLevel.DEVELOPING, "Pilot");

        long approach = viewModel.approaches().get(0).id();
        assertEquals("4 Emb", SelfAssessmentViewModel.cellText(viewModel.heatMapProperty().get(), dsit.id(), approach));
        viewModel.focusCell(hmrc.id(), approach);
        assertTrue(viewModel.focusedProperty().get().contains("Pilot"), viewModel.focusedProperty().get());
        assertEquals(1, viewModel.learnFrom().size());
        assertTrue(viewModel.learnFrom().get(0).startsWith("DSIT: Strategy owned jointly"));
        assertTrue(viewModel.weakest().get(0).startsWith("1.1 "), viewModel.weakest().toString());
    }

    @Test
    void notApplicableWithoutAReasonIsRefusedOnTheReasonFieldAndNothingIsStored() {
        openRound("Spring 2027");

        rate(dsit, 2, MaturityLevel.NOT_APPLICABLE, "");

        assertFalse(viewModel.ratingErrors().of("notApplicableReason").get().isEmpty());
        assertTrue(viewModel.heatMapProperty().get().ratings().isEmpty());
    }

    @Test
    void aClosedRoundRefusesARatingWithAMessageNamingTheRound() {
        openRound("Spring 2027");
        viewModel.toggleClosed();
        assertTrue(viewModel.roundProperty().get().closed());

        rate(dsit, 0, MaturityLevel.EMBEDDED, "Too late");

        assertTrue(viewModel.ratingErrors().of("round").get().contains("Spring 2027"),
                viewModel.ratingErrors().of("round").get());
    }

    @Test
    void aSecondRoundShowsMovementSinceTheFirst() {
        openRound("Autumn 2026");
        rate(dsit, 0, MaturityLevel.DEVELOPING, "Started");
        openRound("Spring 2027");
        rate(dsit, 0, MaturityLevel.ESTABLISHED, "Across the department");

        long approach = viewModel.approaches().get(0).id();
        assertEquals("3 Est \u25B2", SelfAssessmentViewModel.cellText(viewModel.heatMapProperty().get(), dsit.id(),
                approach));
        assertTrue(viewModel.movementProperty().get().startsWith("1 ratings went up"),
                viewModel.movementProperty().get());
        assertTrue(viewModel.cellDescription(dsit.id(), approach).endsWith("Up 1 since the previous round"),
                viewModel.cellDescription(dsit.id(), approach));
    }

    @Test
    void theRoleCheckListsGapsAndRecordingAnExpectationClosesOne() {
        assertEquals(2, viewModel.roleChecks().size());
        var dsitCheck = viewModel.roleChecks().get(0);
        viewModel.roleCheckProperty().set(dsitCheck);
        // The board seat comes from the directory: a Director General on the board.
        assertEquals(5, dsitCheck.gaps().size());

        viewModel.expectationProperty().set(RoleExpectation.STRATEGY_AGREED);
        viewModel.metOnProperty().set(LocalDate.of(2026, 9, 1));
        viewModel.roleEvidenceProperty().set("Published September 2026");
        viewModel.saveRoleItem();

        assertEquals(4, viewModel.roleCheckProperty().get().gaps().size());
        assertTrue(viewModel.checklist().get(0).contains("Published September 2026"), viewModel.checklist().get(0));
        assertTrue(viewModel.roleGaps().get(1).startsWith("HMRC: "), viewModel.roleGaps().toString());
    }

    @Test
    void aTypedRatingIsUnsavedUntilSavedAndOpeningAnotherCellAsksFirst() {
        openRound("Spring 2027");
        viewModel.editCell(dsit.id(), viewModel.approaches().get(0).id());
        viewModel.levelProperty().set(MaturityLevel.ESTABLISHED);
        assertTrue(viewModel.changes().isDirty());

        dialogs.saveChoices.add(uk.dln.secretariat.app.changes.SaveChoice.CANCEL);
        viewModel.editCell(dsit.id(), viewModel.approaches().get(1).id());
        assertEquals(viewModel.approaches().get(0), viewModel.approachProperty().get(), "Cancel stays");

        dialogs.saveChoices.add(uk.dln.secretariat.app.changes.SaveChoice.SAVE);
        viewModel.editCell(dsit.id(), viewModel.approaches().get(1).id());
        assertEquals(viewModel.approaches().get(1), viewModel.approachProperty().get());
        assertFalse(viewModel.changes().isDirty());
        var stored = workspaces.records().orElseThrow().selfAssessment().ratings(viewModel.roundProperty().get().id());
        assertEquals(MaturityLevel.ESTABLISHED, stored.get(0).level());
    }

    @Test
    void anUnreadableTargetDateRefusesTheSave() {
        openRound("Spring 2027");
        rate(dsit, 0, MaturityLevel.DEVELOPING, "Pilot");
        viewModel.ratingErrors().refuseInput(uk.dln.secretariat.model.Problem.of("targetOn", "validation.required"));
        viewModel.levelProperty().set(MaturityLevel.EMBEDDED);
        viewModel.saveRating();

        var stored = workspaces.records().orElseThrow().selfAssessment().ratings(viewModel.roundProperty().get().id());
        assertEquals(MaturityLevel.DEVELOPING, stored.get(0).level());
    }

    @Test
    void exportingWritesThePackSectionAndTheRatingsTracker() throws Exception {
        openRound("Spring 2027");
        rate(dsit, 0, MaturityLevel.EMBEDDED, "Joint strategy");

        viewModel.exportPack();

        var section = folder.resolve("packs").resolve("Self-assessment Spring 2027.docx");
        var tracker = folder.resolve("packs").resolve("Self-assessment Spring 2027 ratings.xlsx");
        assertTrue(java.nio.file.Files.size(section) > 0);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(
                tracker))) {
            assertEquals("Joint strategy", workbook.getSheet("Ratings").getRow(1).getCell(6).getStringCellValue());
        }
        assertTrue(viewModel.exportStatusProperty().get().contains("Self-assessment Spring 2027.docx"));
    }

    private Meeting meeting(LocalDate date) {
        return workspaces.records().orElseThrow().meetings().save(Meeting.plan(date, LocalTime.of(10, 0), 120,
                "Room 1", null, ProtectiveMarking.OFFICIAL));
    }

    @Test
    void theRoleCheckGapsGoOnTheNextMeetingsAgendaAsAnItemForInformationWithALinePerOrganisation() {
        meeting(TODAY.minusWeeks(2));
        var next = meeting(TODAY.plusWeeks(2));
        var later = meeting(TODAY.plusWeeks(6));
        viewModel.reload();
        assertEquals(List.of(next.id(), later.id()), viewModel.agendaMeetings().stream().map(Meeting::id).toList(),
                "meetings to come, soonest first");
        assertEquals(next.id(), viewModel.agendaMeetingProperty().get().id());

        viewModel.addGapsToAgenda();

        var items = workspaces.records().orElseThrow().agenda().items(next.id());
        assertEquals(1, items.size());
        var item = items.get(0);
        assertEquals("Digital Leader role check: gaps", item.title());
        assertEquals(ItemPurpose.INFORMATION, item.purpose());
        String summary = item.cover().summary();
        assertTrue(summary.startsWith("2 member organisations have gaps in the Digital Leader role check on "),
                summary);
        assertTrue(summary.contains("\nHMRC: Departmental digital strategy agreed;"), summary);
        assertTrue(summary.contains("Digital Leader on the board at Director General level"), summary);
        assertEquals("The gaps are item 1 on the agenda of meeting " + next.number() + ", "
                + uk.dln.secretariat.app.i18n.Dates.format(next.date()) + ", for information.",
                viewModel.agendaStatusProperty().get());
    }

    @Test
    void withNoMeetingToComeTheGapsAreNotAddedAndTheStatusSaysWhatToDo() {
        var past = meeting(TODAY.minusWeeks(2));
        viewModel.reload();
        assertTrue(viewModel.agendaMeetings().isEmpty());

        viewModel.addGapsToAgenda();

        assertTrue(workspaces.records().orElseThrow().agenda().items(past.id()).isEmpty());
        assertEquals("No meeting to come can take the gaps: plan the next meeting in Meetings first.",
                viewModel.agendaStatusProperty().get());
    }
}
