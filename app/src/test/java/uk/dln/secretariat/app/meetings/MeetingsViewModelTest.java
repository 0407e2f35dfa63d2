package uk.dln.secretariat.app.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.support.ScriptedDialogs;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.app.support.TestPreferences;
import uk.dln.secretariat.app.task.SameThreadTaskExecutor;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.persistence.WorkspaceData;

class MeetingsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    private TestPreferences preferences;
    private WorkspaceService workspaces;
    private ScriptedDialogs dialogs;
    private MeetingsViewModel meetings;
    private final List<String> opened = new ArrayList<>();
    private boolean desktopAvailable = true;

    @BeforeEach
    void setUp() {
        preferences = new TestPreferences();
        dialogs = new ScriptedDialogs();
        var executor = new SameThreadTaskExecutor();
        workspaces = new WorkspaceService(executor, preferences.preferences());
        meetings = new MeetingsViewModel(new WorkspaceTasks(workspaces, executor, dialogs),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), (name, content) -> {
                    if (!desktopAvailable) {
                        throw new SecretariatException("meetings.error.noDesktop", "/tmp/" + name);
                    }
                    opened.add(name + ":" + new String(content));
                });
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

    /** Two member departments, each with a Digital Leader; DSIT also has a deputy. */
    private void directory() {
        for (String shortName : List.of("DSIT", "HMT")) {
            var organisation = workspace().organisations().save(Organisation.create("Department " + shortName,
                    shortName, OrganisationKind.MINISTERIAL_DEPARTMENT));
            var leader = workspace().leaders().save(Leader.create("Leader of " + shortName));
            workspace().memberships().save(new Membership(0, leader.id(), organisation.id(),
                    NetworkRole.DIGITAL_LEADER, TODAY.minusYears(1), null));
        }
        var dsit = workspace().organisations().findAll().get(0);
        var deputy = workspace().leaders().save(Leader.create("Deputy of DSIT"));
        workspace().memberships().save(new Membership(0, deputy.id(), dsit.id(), NetworkRole.DEPUTY,
                TODAY.minusYears(1), null));
        meetings.reload();
    }

    private void planMeeting(LocalDate day) {
        meetings.newMeeting();
        meetings.form().dateProperty().set(day);
        meetings.form().placeProperty().set("10 Whitehall");
        meetings.save();
    }

    private void addItem(String title, String minutes) {
        var agenda = meetings.agenda();
        agenda.newItem();
        agenda.form().titleProperty().set(title);
        agenda.form().minutesProperty().set(minutes);
        agenda.save();
    }

    private List<String> titles() {
        return meetings.agenda().rows().stream().map(r -> r.item().title()).toList();
    }

    @Test
    void aNewMeetingStartsWithTheStandingItemsInTheUsualOrder() {
        planMeeting(MEETING_DAY);

        var meeting = meetings.selectedProperty().get();
        assertEquals(1, meeting.number());
        assertEquals(List.of(StandingItem.values()).stream().map(s -> Messages.get(s.titleKey())).toList(), titles());
        assertEquals("DLN(26)01/01", meetings.agenda().rows().get(2).reference(), "the previous minutes are paper 01");
    }

    @Test
    void aSecondMeetingOnTheSameDayIsRefusedOnTheDateField() {
        planMeeting(MEETING_DAY);
        planMeeting(MEETING_DAY);

        assertTrue(meetings.form().errors().of("date").get().contains("meeting 1"));
        assertEquals(1, workspace().meetings().findAll().size());
    }

    @Test
    void aNewItemGoesBeforeAnyOtherBusinessAndTakesTheNextPaperNumber() {
        planMeeting(MEETING_DAY);
        addItem("Cloud hosting", "30");

        assertEquals("Cloud hosting", titles().get(4));
        assertEquals("DLN(26)01/03", meetings.agenda().rows().get(4).reference());
        assertEquals("10:25", meetings.agenda().rows().get(4).start().toString(), "after 25 minutes of standing items");
    }

    @Test
    void theAgendaItemFormKeepsTheCoverSheetsDateConsultationImplicationsAndPublication() {
        planMeeting(MEETING_DAY);
        var agenda = meetings.agenda();
        agenda.newItem();
        var form = agenda.form();
        form.titleProperty().set("Cloud hosting strategy refresh");
        form.paperDateProperty().set(LocalDate.of(2026, 11, 12));
        form.previousConsiderationProperty().set("Discussed in outline in October.");
        form.consultationProperty().set("HM Treasury.");
        form.financialImplicationsProperty().set("Within budget.");
        form.legalImplicationsProperty().set("None.");
        form.riskImplicationsProperty().set("Supplier lock-in.");
        form.publicationProperty().set(Publication.NOT_FOR_PUBLICATION);
        agenda.save();

        var stored = workspace().agenda().items(meetings.selectedProperty().get().id()).stream()
                .filter(i -> i.title().equals("Cloud hosting strategy refresh")).findFirst().orElseThrow();
        assertEquals(new PaperContext(LocalDate.of(2026, 11, 12), "Discussed in outline in October.", "HM Treasury.",
                "Within budget.", "None.", "Supplier lock-in.", Publication.NOT_FOR_PUBLICATION),
                stored.cover().context());
        form.edit(stored, null);
        assertEquals(Publication.NOT_FOR_PUBLICATION, form.publicationProperty().get());
        agenda.newItem();
        assertEquals(null, form.paperDateProperty().get(), "a new item starts with no date of paper");
    }

    @Test
    void anItemWithNoTitleOrNegativeMinutesIsRefusedAndNothingIsStored() {
        planMeeting(MEETING_DAY);
        addItem(" ", "-5");

        var errors = meetings.agenda().form().errors();
        assertFalse(errors.of("title").get().isEmpty());
        assertEquals(Messages.get("meetings.error.negativeMinutes", -5), errors.of("minutes").get());
        assertEquals(StandingItem.values().length, workspace().agenda().items(
                meetings.selectedProperty().get().id()).size());
    }

    @Test
    void warnsWhenTheAgendaOverrunsTheSlot() {
        planMeeting(MEETING_DAY);
        assertFalse(meetings.agenda().overrunsProperty().get());

        addItem("Spending Review", "100");

        assertTrue(meetings.agenda().overrunsProperty().get());
        assertEquals(Messages.get("meetings.agenda.overrun", 132, 120, 12, "12:12"),
                meetings.agenda().timingProperty().get());
    }

    @Test
    void movingAnItemUpRenumbersThePapers() {
        planMeeting(MEETING_DAY);
        addItem("Cloud hosting", "30");
        addItem("Skills", "20");
        meetings.agenda().selectedProperty().set(meetings.agenda().rows().get(5));

        meetings.agenda().moveUp();

        assertEquals(List.of("Skills", "Cloud hosting"), titles().subList(4, 6));
        assertEquals("DLN(26)01/03", meetings.agenda().rows().get(4).reference());
    }

    @Test
    void theQuorumIsShownLiveAsAttendanceChanges() {
        directory();
        planMeeting(MEETING_DAY);
        var attendance = meetings.attendance();
        assertFalse(attendance.quorateProperty().get());

        attendance.organisations().get(0).statusProperty().set(AttendanceStatus.PRESENT);

        assertTrue(attendance.quorateProperty().get(), "one of two is 50%");
        assertEquals(Messages.get("meetings.quorum.met", 1, 2, 1, "50%"), attendance.quorumProperty().get());
    }

    @Test
    void aGuestIsRecordedByNameWithoutBeingAddedToTheDirectoryFirst() {
        directory();
        planMeeting(MEETING_DAY);
        var attendance = meetings.attendance();
        int peopleBefore = workspace().leaders().findAll().size();

        attendance.guestNameProperty().set("  Sam Okoro ");
        attendance.addGuest();
        attendance.save();

        var guest = workspace().leaders().findAll().stream().filter(l -> l.name().equals("Sam Okoro")).findFirst()
                .orElseThrow();
        assertEquals(peopleBefore + 1, workspace().leaders().findAll().size());
        assertTrue(workspace().attendance().forMeeting(meetings.selectedProperty().get().id()).stream()
                .anyMatch(line -> Long.valueOf(guest.id()).equals(line.leaderId())
                        && line.status() == AttendanceStatus.IN_ATTENDANCE));
        assertEquals("", attendance.guestNameProperty().get());
    }

    @Test
    void aGuestNamedLikeSomeoneInTheDirectoryIsThatPersonNotASecondOne() {
        directory();
        planMeeting(MEETING_DAY);
        var attendance = meetings.attendance();
        int peopleBefore = workspace().leaders().findAll().size();

        attendance.guestNameProperty().set("leader of hmt");
        attendance.addGuest();

        assertEquals(peopleBefore, workspace().leaders().findAll().size());
        assertEquals(List.of("Leader of HMT"), attendance.people().stream().map(p -> p.leader().name()).toList());
    }

    @Test
    void aGuestWithoutANameIsRefusedOnTheGuestField() {
        directory();
        planMeeting(MEETING_DAY);

        meetings.attendance().addGuest();

        assertFalse(meetings.attendance().errors().of("guest").get().isEmpty());
    }

    @Test
    void aDeputyLineNeedsTheDeputyNamedAndNothingIsStoredUntilItIs() {
        directory();
        planMeeting(MEETING_DAY);
        var dsit = meetings.attendance().organisations().get(0);
        dsit.statusProperty().set(AttendanceStatus.DEPUTISED);

        meetings.attendance().save();
        assertEquals(Messages.get("meetings.error.deputyFor", "DSIT"),
                meetings.attendance().errors().of("deputy").get());
        assertTrue(workspace().attendance().forMeeting(meetings.selectedProperty().get().id()).isEmpty());

        dsit.deputyProperty().set(dsit.deputies().get(0));
        meetings.attendance().save();
        assertEquals(AttendanceStatus.DEPUTISED,
                workspace().attendance().forMeeting(meetings.selectedProperty().get().id()).get(0).status());
    }

    @Test
    void draftMinutesListWhoWasPresentAndWhoSentApologies() {
        directory();
        planMeeting(MEETING_DAY);
        var lines = meetings.attendance().organisations();
        lines.get(0).statusProperty().set(AttendanceStatus.PRESENT);
        lines.get(1).statusProperty().set(AttendanceStatus.APOLOGIES);
        meetings.attendance().save();

        meetings.minutes().draft();

        String text = workspace().meetings().minutes(meetings.selectedProperty().get().id()).attendance();
        assertTrue(text.startsWith(Messages.get("meetings.minutes.present") + "\nLeader of DSIT, DSIT"), text);
        assertTrue(text.contains(Messages.get("meetings.minutes.apologies") + "\nLeader of HMT, HMT"), text);
    }

    @Test
    void aDeputyForAVacantSeatIsNamedAsSuchAndAVacantSeatSendsNoApologies() {
        directory();
        var dfe = workspace().organisations().save(Organisation.create("Department for Education", "DfE",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        var deputy = workspace().leaders().save(Leader.create("Deputy of DfE"));
        workspace().memberships().save(new Membership(0, deputy.id(), dfe.id(), NetworkRole.DEPUTY,
                TODAY.minusYears(1), null));
        workspace().organisations().save(Organisation.create("Department for Energy Security and Net Zero", "DESNZ",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        meetings.reload();
        planMeeting(MEETING_DAY);
        for (var line : meetings.attendance().organisations()) {
            if (line.organisation().shortName().equals("DfE")) {
                line.statusProperty().set(AttendanceStatus.DEPUTISED);
                line.deputyProperty().set(line.deputies().get(0));
            } else if (line.organisation().shortName().equals("DESNZ")) {
                line.statusProperty().set(AttendanceStatus.APOLOGIES);
            }
        }
        meetings.attendance().save();

        meetings.minutes().draft();

        String text = workspace().meetings().minutes(meetings.selectedProperty().get().id()).attendance();
        assertTrue(text.contains("Deputy of DfE, DfE (deputising for the Digital Leader (vacant))"), text);
        assertFalse(text.contains("deputising for )"), text);
        assertFalse(text.contains("DESNZ"), text);
    }

    @Test
    void approvedMinutesRefuseEditsWithAMessage() {
        planMeeting(TODAY);
        meetings.minutes().attendanceProperty().set("Present: all");
        meetings.minutes().save();
        dialogs.confirmations.addAll(List.of(true, true, true));
        meetings.advance();
        meetings.advance();
        meetings.advance();
        assertEquals(MeetingStatus.MINUTES_APPROVED, meetings.selectedProperty().get().status());
        assertTrue(meetings.minutes().lockedProperty().get());

        meetings.minutes().attendanceProperty().set("Rewritten");
        meetings.minutes().save();

        assertEquals(Messages.get("meetings.error.minutesApproved"), meetings.minutes().errors().of("attendance").get());
        assertEquals("Present: all",
                workspace().meetings().minutes(meetings.selectedProperty().get().id()).attendance());
    }

    @Test
    void approvingTheMinutesAsksFirstAndChangesNothingWhenDeclined() {
        planMeeting(TODAY);
        dialogs.confirmations.addAll(List.of(true, true, false));
        meetings.advance();
        meetings.advance();

        meetings.advance();

        assertEquals(MeetingStatus.HELD, meetings.selectedProperty().get().status());
    }

    @Test
    void aMeetingCannotBeMarkedHeldBeforeItsDayAndTheMessageNamesTheDay() {
        planMeeting(MEETING_DAY);
        dialogs.confirmations.addAll(List.of(true, true));
        meetings.advance();

        meetings.advance();

        assertEquals(MeetingStatus.PAPERS_ISSUED, meetings.selectedProperty().get().status());
        assertEquals(List.of(Messages.get("meetings.held.notYet.heading") + " | "
                + Messages.get("meetings.held.notYet", 1, Dates.format(MEETING_DAY))), dialogs.errors);
        assertEquals(1, dialogs.confirmQuestions.size(), "the refusal comes before any question");
    }

    @Test
    void aMeetingIsMarkedHeldOnItsDay() {
        planMeeting(TODAY);
        dialogs.confirmations.addAll(List.of(true, true));
        meetings.advance();

        meetings.advance();

        assertEquals(MeetingStatus.HELD, meetings.selectedProperty().get().status());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void everyStatusChangeSaysWhatItWillDoFirstAndChangesNothingWhenDeclined() {
        planMeeting(TODAY);
        dialogs.confirmations.add(false);

        meetings.advance();

        assertEquals(MeetingStatus.PLANNED, meetings.selectedProperty().get().status());
        assertEquals(List.of(Messages.get("meetings.papersIssued.heading", 1) + "\n"
                + Messages.get("meetings.papersIssued.body")), dialogs.confirmQuestions);
    }

    @Test
    void aMeetingMarkedHeldByMistakeGoesBackToPapersIssuedAndTheAuditTrailKeepsBothSteps() {
        planMeeting(TODAY);
        dialogs.confirmations.addAll(List.of(true, true));
        meetings.advance();
        meetings.advance();
        assertEquals(MeetingStatus.PAPERS_ISSUED, meetings.undoStatusProperty().get());
        assertEquals("Undo: back to papers issued", MeetingsViewModel.undoLabel(meetings.undoStatusProperty().get()));

        dialogs.confirmations.add(true);
        meetings.undoStatus();

        long id = meetings.selectedProperty().get().id();
        assertEquals(MeetingStatus.PAPERS_ISSUED, workspace().meetings().find(id).orElseThrow().status());
        assertEquals(MeetingStatus.PLANNED, meetings.undoStatusProperty().get());
        assertEquals(Messages.get("meetings.undo.papersIssued.heading", 1) + "\n"
                + Messages.get("meetings.undo.papersIssued.body"), dialogs.confirmQuestions.get(2));
        long statusChanges = workspace().audit().history("meeting", String.valueOf(id)).stream()
                .filter(entry -> entry.changes().toString().contains("HELD")).count();
        assertTrue(statusChanges >= 2, "held, then back to papers issued, both in the audit trail");
    }

    @Test
    void undoingIsDeclinableAndNothingCanBeUndoneOnceTheMinutesAreApproved() {
        planMeeting(TODAY);
        dialogs.confirmations.addAll(List.of(true, false));
        meetings.advance();
        meetings.undoStatus();
        assertEquals(MeetingStatus.PAPERS_ISSUED, meetings.selectedProperty().get().status());

        dialogs.confirmations.addAll(List.of(true, true));
        meetings.advance();
        meetings.advance();

        assertEquals(MeetingStatus.MINUTES_APPROVED, meetings.selectedProperty().get().status());
        assertNull(meetings.undoStatusProperty().get());
    }

    @Test
    void raisesAnActionAtAnItemWithTheNextReference() {
        directory();
        planMeeting(MEETING_DAY);
        var minutes = meetings.minutes();
        minutes.selectedProperty().set(minutes.items().get(3));
        var form = minutes.actionForm();
        form.descriptionProperty().set("Share the migration plan");
        form.ownerProperty().set(minutes.owners().get(1));

        minutes.raiseAction();

        var raised = workspace().actions().forMeeting(meetings.selectedProperty().get().id());
        assertEquals("A26/01/01", raised.get(0).action().reference());
        assertEquals(minutes.items().get(3).item().id(), raised.get(0).action().agendaItemId());
        assertEquals("DSIT", raised.get(0).organisationShortName(), "the owner's organisation is filled in");
        assertTrue(minutes.items().get(3).actionsProperty().get().startsWith("A26/01/01"));
    }

    @Test
    void theNextMeetingCopiesStandingItemsAndCountsActionsDueAsMattersArising() {
        directory();
        planMeeting(LocalDate.of(2026, 10, 22));
        addItem("Cloud hosting", "30");
        var minutes = meetings.minutes();
        minutes.selectedProperty().set(minutes.items().get(4));
        minutes.actionForm().descriptionProperty().set("Share the migration plan");
        minutes.actionForm().ownerProperty().set(minutes.owners().get(0));
        minutes.raiseAction();

        meetings.nextMeeting();

        var next = meetings.selectedProperty().get();
        assertEquals(MEETING_DAY, next.date(), "the fourth Thursday of the next month");
        assertEquals(StandingItem.values().length, titles().size());
        assertEquals(1, meetings.agenda().mattersArising().size());
        assertEquals(Messages.get("meetings.next.heading", 2, "26 Nov 2026") + " | "
                + Messages.get("meetings.next.body", 1), dialogs.information.get(0));
    }

    @Test
    void closingAnActionUnderMattersArisingClosesItInTheLogWithAnUpdate() {
        directory();
        planMeeting(LocalDate.of(2026, 10, 22));
        addItem("Cloud hosting", "30");
        var minutes = meetings.minutes();
        minutes.selectedProperty().set(minutes.items().get(4));
        minutes.actionForm().descriptionProperty().set("Share the migration plan");
        minutes.actionForm().ownerProperty().set(minutes.owners().get(0));
        minutes.raiseAction();
        meetings.nextMeeting();
        var arising = meetings.agenda().mattersArising().get(0);

        dialogs.confirmations.add(true);
        meetings.agenda().closeArising(arising);

        var closed = workspace().actions().forMeeting(arising.action().meetingId()).get(0);
        assertEquals(ActionStatus.CLOSED, closed.action().status());
        assertTrue(workspace().actions().updates(closed.action().id()).get(0).text().contains("26 Nov 2026"));
        assertEquals(0, meetings.agenda().mattersArising().size(), "it is no longer a matter arising");
    }

    @Test
    void opensAStoredPaperAndSaysWhereTheCopyIsWhenTheDesktopCannot() throws Exception {
        planMeeting(MEETING_DAY);
        Path paper = Files.writeString(folder.resolve("cloud.txt"), "The paper");
        meetings.agenda().selectedProperty().set(meetings.agenda().rows().get(2));
        dialogs.filesToChoose.add(paper);
        meetings.agenda().attachPaper();
        PaperFile file = meetings.agenda().files().get(0);

        meetings.agenda().openPaper(file);
        assertEquals(List.of("cloud.txt:The paper"), opened);

        desktopAvailable = false;
        meetings.agenda().openPaper(file);
        assertTrue(dialogs.errors.get(0).contains("/tmp/cloud.txt"), dialogs.errors.toString());
    }

    @Test
    void attachingAnUntaggedPdfSaysWhichPaperAndWhyItMayNotBeAccessible() throws Exception {
        planMeeting(MEETING_DAY);
        var row = meetings.agenda().rows().get(2);
        assertFalse(row.reference().isEmpty());
        Path paper = Files.write(folder.resolve("plan.pdf"),
                uk.dln.secretariat.reports.pdf.SamplePapers.pdf("Plan", List.of("The plan.")));
        meetings.agenda().selectedProperty().set(row);
        dialogs.filesToChoose.add(paper);

        meetings.agenda().attachPaper();

        assertEquals(1, meetings.agenda().files().size(), "the paper is attached all the same");
        assertEquals(1, dialogs.information.size(), dialogs.information.toString());
        assertTrue(dialogs.information.get(0).contains(row.reference() + ": the PDF has no tags"),
                dialogs.information.get(0));
    }

    @Test
    void attachingAnAccessibleWordPaperSaysNothing() throws Exception {
        planMeeting(MEETING_DAY);
        Path paper = Files.write(folder.resolve("paper.docx"),
                uk.dln.secretariat.reports.pdf.SamplePapers.docx("Paper", List.of("Words only.")));
        meetings.agenda().selectedProperty().set(meetings.agenda().rows().get(2));
        dialogs.filesToChoose.add(paper);

        meetings.agenda().attachPaper();

        assertEquals(List.of(), dialogs.information);
    }

    @Test
    void addsTheRoadmapsExceptionsReportAsAnItemForInformation() {
        planMeeting(MEETING_DAY);

        meetings.agenda().addExceptionsReport();

        var item = meetings.agenda().rows().get(4).item();
        assertEquals(Messages.get("meetings.exceptions.title"), item.title());
        assertEquals(ItemPurpose.INFORMATION, item.purpose());
        assertEquals(Messages.get("meetings.exceptions.intro", 0, "26 Nov 2026", 30), item.cover().summary());
    }

    @Test
    void listsUpcomingMeetingsFirstThenPastOnesLatestFirst() {
        var base = workspace();
        planMeeting(LocalDate.of(2026, 9, 24));
        planMeeting(LocalDate.of(2026, 12, 24));
        planMeeting(MEETING_DAY);
        planMeeting(LocalDate.of(2026, 10, 22));

        assertEquals(List.of(MEETING_DAY, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 10, 22),
                LocalDate.of(2026, 9, 24)), meetings.meetings().stream().map(m -> m.date()).toList());
        assertEquals(4, base.meetings().findAll().size());
    }

}
