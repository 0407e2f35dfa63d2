package uk.dln.secretariat.persistence.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.home.MonthAtAGlance.DirectoryGap;
import uk.dln.secretariat.model.home.MonthAtAGlance.OrganisationCount;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.persistence.Workspace;

class HomeRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate NEXT = LocalDate.of(2026, 11, 26);
    private static final LocalDate PREVIOUS = LocalDate.of(2026, 10, 22);

    @TempDir
    Path folder;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private Workspace open(LocalDate day) {
        return Workspace.open(folder.resolve("w.secretariat"), on(day));
    }

    @Test
    void anEmptyWorkspaceHasNoMeetingAndNothingToChase() {
        try (var workspace = open(TODAY)) {
            MonthAtAGlance month = workspace.home().read(TODAY);

            assertTrue(month.nextMeeting().isEmpty());
            assertTrue(month.previousMeeting().isEmpty());
            assertEquals(MonthAtAGlance.Returns.NONE, month.returns());
            assertEquals(List.of(), month.overdueActions());
            assertEquals(List.of(), month.gaps());
            assertEquals(MonthAtAGlance.DEFAULT_PAPERS_DEADLINE_DAYS, month.papersDeadlineDays());
        }
    }

    @Test
    void theNextMeetingHasItsDaysToGoAndAPapersDeadlineTheNetworkSets() {
        try (var workspace = open(TODAY)) {
            meeting(workspace, PREVIOUS);
            meeting(workspace, NEXT);
            workspace.settings().savePapersDeadlineDays(10);

            MonthAtAGlance month = workspace.home().read(TODAY);

            assertEquals(NEXT, month.nextMeeting().orElseThrow().date());
            assertEquals(10L, month.daysToGo().orElseThrow());
            assertEquals(LocalDate.of(2026, 11, 16), month.papersDeadline().orElseThrow());
            assertEquals(PREVIOUS, month.previousMeeting().orElseThrow().date());
        }
    }

    @Test
    void eachSubstantivePaperSaysWhetherItsFileIsIn() {
        try (var workspace = open(TODAY)) {
            Meeting next = meeting(workspace, NEXT);
            item(workspace, next, "Welcome", StandingItem.WELCOME);
            AgendaItem cloud = item(workspace, next, "Cloud hosting", null);
            item(workspace, next, "Data sharing", null);
            workspace.papers().attach(cloud.id(), "cloud.pdf", new byte[] {1, 2, 3});

            MonthAtAGlance month = workspace.home().read(TODAY);

            assertEquals(2, month.nextMeeting().orElseThrow().substantiveItems());
            assertEquals(List.of("Cloud hosting:true", "Data sharing:false"), month.papers().stream()
                    .map(paper -> paper.title() + ":" + paper.received()).toList());
        }
    }

    @Test
    void thePreviousMinutesAreDraftedOnceWrittenAndApprovedOnceApproved() {
        try (var workspace = open(TODAY)) {
            Meeting previous = meeting(workspace, PREVIOUS);
            meeting(workspace, NEXT);
            assertFalse(workspace.home().read(TODAY).previousMeeting().orElseThrow().minutesDrafted());

            workspace.meetings().saveMinutes(new MeetingMinutes(previous.id(), "Present: all members", "",
                    List.of()));
            assertTrue(workspace.home().read(TODAY).previousMeeting().orElseThrow().minutesDrafted());
            assertFalse(workspace.home().read(TODAY).previousMeeting().orElseThrow().minutesApproved());

            workspace.meetings().moveTo(previous.id(), MeetingStatus.PAPERS_ISSUED);
            workspace.meetings().moveTo(previous.id(), MeetingStatus.HELD);
            workspace.meetings().moveTo(previous.id(), MeetingStatus.MINUTES_APPROVED);
            assertTrue(workspace.home().read(TODAY).previousMeeting().orElseThrow().minutesApproved());
        }
    }

    @Test
    void thePackIsIssuedWhenTheMeetingsPapersAreIssued() {
        try (var workspace = open(TODAY)) {
            Meeting next = meeting(workspace, NEXT);
            assertFalse(workspace.home().read(TODAY).packIssued());

            workspace.meetings().moveTo(next.id(), MeetingStatus.PAPERS_ISSUED);

            assertTrue(workspace.home().read(TODAY).packIssued());
        }
    }

    @Test
    void overdueActionsAreCountedByOrganisationButNotClosedOnesOrThoseNotYetDue() {
        try (var workspace = open(TODAY)) {
            Organisation dsit = organisation(workspace, "DSIT");
            Organisation hmrc = organisation(workspace, "HMRC");
            Leader owner = workspace.leaders().save(Leader.create("Priya Shah"));
            Meeting previous = meeting(workspace, PREVIOUS);
            action(workspace, owner, dsit, previous, TODAY.minusDays(1));
            action(workspace, owner, dsit, previous, TODAY.minusDays(3));
            action(workspace, owner, hmrc, previous, TODAY.minusDays(2));
            action(workspace, owner, hmrc, previous, TODAY);
            Action closed = action(workspace, owner, hmrc, previous, TODAY.minusDays(5));
            workspace.actions().changeStatus(closed.id(), uk.dln.secretariat.model.actions.ActionStatus.CLOSED);

            assertEquals(List.of(new OrganisationCount(dsit.id(), "DSIT", 2), new OrganisationCount(hmrc.id(),
                    "HMRC", 1)), workspace.home().read(TODAY).overdueActions());
        }
    }

    @Test
    void aMilestoneRedSinceLongAgoIsNotNewButOneTurnedRedThisMonthIs() {
        LocalDate longAgo = TODAY.minusMonths(3);
        long roadmapId;
        Organisation dsit;
        try (var workspace = open(longAgo)) {
            dsit = organisation(workspace, "DSIT");
            var period = workspace.roadmaps().periods().findAll().stream()
                    .filter(p -> p.code().equals("SR2025")).findFirst().orElseThrow();
            roadmapId = workspace.roadmaps().roadmaps().save(new Roadmap(0, dsit.id(), period.id(),
                    "DSIT digital strategy", "", "", null)).id();
            milestone(workspace, roadmapId, "Old red", DeliveryConfidence.RED);
        }
        try (var workspace = open(TODAY)) {
            Milestone turned = milestone(workspace, roadmapId, "Turned red", DeliveryConfidence.GREEN);
            workspace.roadmaps().milestones().save(new Milestone(turned.id(), roadmapId, turned.title(), "", "",
                    turned.baselineDate(), turned.forecastDate(), null, MilestoneStatus.IN_PROGRESS,
                    DeliveryConfidence.RED, Set.of()));
            workspace.roadmaps().risks().save(new Risk(0, roadmapId, "Supplier", "", "", 3, 3, "",
                    RiskStatus.OPEN, TODAY.minusDays(1), Set.of()));
            workspace.roadmaps().risks().save(new Risk(0, roadmapId, "Skills", "", "", 3, 3, "",
                    RiskStatus.OPEN, TODAY.plusDays(1), Set.of()));

            MonthAtAGlance month = workspace.home().read(TODAY);

            assertEquals(List.of(new OrganisationCount(dsit.id(), "DSIT", 1)), month.newRedMilestones());
            assertEquals(List.of(new OrganisationCount(dsit.id(), "DSIT", 1)), month.overdueRiskReviews());
        }
    }

    @Test
    void aMemberWithNoDigitalLeaderIsAGapButAFormerOnesRoleDoesNotFillIt() {
        try (var workspace = open(TODAY)) {
            Organisation dsit = organisation(workspace, "DSIT");
            Leader priya = workspace.leaders().save(Leader.create("Priya Shah"));
            Leader sam = workspace.leaders().save(Leader.create("Sam Jones"));
            workspace.memberships().save(new Membership(0, priya.id(), dsit.id(), NetworkRole.DIGITAL_LEADER,
                    TODAY.minusYears(2), TODAY.minusDays(1)));
            workspace.memberships().save(new Membership(0, sam.id(), dsit.id(), NetworkRole.COORDINATOR,
                    TODAY.minusYears(1), null));

            assertEquals(List.of(new DirectoryGap(dsit.id(), "DSIT", NetworkRole.DIGITAL_LEADER)),
                    workspace.home().read(TODAY).gaps());
        }
    }

    private static Meeting meeting(Workspace workspace, LocalDate date) {
        return workspace.meetings().save(Meeting.plan(date, LocalTime.of(10, 0), 120, "10 Whitehall", null,
                ProtectiveMarking.OFFICIAL));
    }

    private static AgendaItem item(Workspace workspace, Meeting meeting, String title, StandingItem standing) {
        return workspace.agenda().save(new AgendaItem(0, meeting.id(), 0, title, ItemPurpose.DISCUSSION, standing,
                null, 10, standing == null, CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
    }

    private static Organisation organisation(Workspace workspace, String shortName) {
        return workspace.organisations().save(Organisation.create("Department " + shortName, shortName,
                OrganisationKind.MINISTERIAL_DEPARTMENT));
    }

    private static Action action(Workspace workspace, Leader owner, Organisation organisation, Meeting meeting,
                                 LocalDate due) {
        return workspace.actions().raise(Action.raise("Do something", owner.id(), organisation.id(), meeting.id(),
                null, meeting.date(), due));
    }

    private static Milestone milestone(Workspace workspace, long roadmapId, String title,
                                       DeliveryConfidence confidence) {
        return workspace.roadmaps().milestones().save(new Milestone(0, roadmapId, title, "", "",
                LocalDate.of(2027, 6, 30), LocalDate.of(2027, 6, 30), null, MilestoneStatus.IN_PROGRESS, confidence,
                Set.of()));
    }
}
