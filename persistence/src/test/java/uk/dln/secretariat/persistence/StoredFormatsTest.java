package uk.dln.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.boardpack.IssuedPack;
import uk.dln.secretariat.model.boardpack.IssuedPack.ActionState;
import uk.dln.secretariat.model.boardpack.IssuedPack.IndicatorState;
import uk.dln.secretariat.model.boardpack.IssuedPack.MilestoneState;
import uk.dln.secretariat.model.boardpack.IssuedPack.OrganisationState;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Membership;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.directory.OrganisationKind;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.Indicator;
import uk.dln.secretariat.model.roadmaps.IndicatorDirection;
import uk.dln.secretariat.model.roadmaps.IndicatorReading;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.OverallConfidence;
import uk.dln.secretariat.model.roadmaps.Risk;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.model.roadmaps.Roadmap;
import uk.dln.secretariat.model.time.Quarter;
import uk.dln.secretariat.model.toolkit.ApproachRating;
import uk.dln.secretariat.model.toolkit.MaturityLevel;
import uk.dln.secretariat.model.toolkit.RoleCheckItem;
import uk.dln.secretariat.model.toolkit.RoleExpectation;
import uk.dln.secretariat.model.toolkit.SelfAssessmentRound;

/**
 * Values written through the repositories are stored as the same text as ever, read here with plain JDBC and no
 * converter, so a workspace made by any earlier release reads without a migration and a file made now reads in
 * any SQL tool.
 */
class StoredFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @Test
    void choicesFiguresAndTimesAreStoredAsTheTextEarlierReleasesWrote() throws SQLException {
        Path file = folder.resolve("w.secretariat");
        try (Workspace workspace = Workspace.open(file,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            writeOneOfEach(workspace);
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("SELECT kind FROM organisation WHERE short_name = 'HMRC'", "NON_MINISTERIAL_DEPARTMENT");
        expected.put("SELECT role FROM membership", "DEPUTY");
        expected.put("SELECT start_time FROM meeting", "09:30");
        expected.put("SELECT kind FROM meeting", "MONTHLY");
        expected.put("SELECT status FROM meeting", "PLANNED");
        expected.put("SELECT purpose FROM agenda_item", "DECISION");
        expected.put("SELECT standing FROM agenda_item", "PREVIOUS_MINUTES");
        expected.put("SELECT publication FROM agenda_item", "NOT_DECIDED");
        expected.put("SELECT status FROM attendance", "APOLOGIES");
        expected.put("SELECT status FROM action", "PROPOSED_FOR_CLOSURE");
        expected.put("SELECT kind FROM action_revision", "WITHDRAWN");
        expected.put("SELECT status FROM milestone", "IN_PROGRESS");
        expected.put("SELECT confidence FROM milestone", "AMBER_RED");
        expected.put("SELECT confidence FROM milestone_change", "AMBER_GREEN");
        expected.put("SELECT confidence FROM roadmap_confidence", "AMBER");
        expected.put("SELECT status FROM risk", "REALISED");
        expected.put("SELECT direction FROM indicator", "LOWER_IS_BETTER");
        expected.put("SELECT baseline FROM indicator", "40.50");
        expected.put("SELECT target FROM indicator", "0.000001");
        expected.put("SELECT value FROM indicator_reading", "1000000");
        expected.put("SELECT confidence FROM issued_pack_item WHERE kind = 'ORGANISATION'", "GREEN");
        expected.put("SELECT confidence FROM issued_pack_item WHERE kind = 'MILESTONE'", "RED");
        expected.put("SELECT reading FROM issued_pack_item WHERE kind = 'INDICATOR'", "12.5");
        expected.put("SELECT track FROM issued_pack_item WHERE kind = 'INDICATOR'", "OFF_TRACK");
        expected.put("SELECT status FROM issued_pack_item WHERE kind = 'ACTION'", "DROPPED");
        expected.put("SELECT maturity FROM approach_rating", "NOT_APPLICABLE");
        expected.put("SELECT expectation FROM role_check_item", "STRATEGY_AGREED");
        assertEquals(expected, stored(file, expected.keySet()));
    }

    private static void writeOneOfEach(Workspace workspace) {
        var dsit = workspace.organisations().save(Organisation.create("Department for Science", "DSIT",
                OrganisationKind.MINISTERIAL_DEPARTMENT));
        workspace.organisations().save(Organisation.create("HM Revenue and Customs", "HMRC",
                OrganisationKind.NON_MINISTERIAL_DEPARTMENT));
        var leader = workspace.leaders().save(Leader.create("Priya Shah"));
        workspace.memberships().save(new Membership(0, leader.id(), dsit.id(), NetworkRole.DEPUTY,
                LocalDate.of(2026, 1, 1), null));

        var meeting = workspace.meetings().save(Meeting.plan(LocalDate.of(2026, 11, 26), LocalTime.of(9, 30), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.agenda().save(new AgendaItem(0, meeting.id(), 0, "Minutes", ItemPurpose.DECISION,
                StandingItem.PREVIOUS_MINUTES, null, 10, false, CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
        workspace.attendance().replace(meeting.id(),
                List.of(Attendance.organisation(dsit.id(), null, AttendanceStatus.APOLOGIES)));
        var action = workspace.actions().raise(Action.raise("Share guidance", leader.id(), dsit.id(), meeting.id(),
                null, meeting.date(), LocalDate.of(2026, 12, 3)));
        workspace.actions().changeStatus(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE);
        workspace.actions().withdraw(action.id(), "raised in error");

        var period = workspace.roadmaps().periods().findAll().stream().filter(p -> p.code().equals("SR2025"))
                .findFirst().orElseThrow();
        var roadmap = workspace.roadmaps().roadmaps().save(new Roadmap(0, dsit.id(), period.id(), "Strategy", "",
                "", null));
        var milestone = workspace.roadmaps().milestones().save(new Milestone(0, roadmap.id(), "Go live", "", "Jo",
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), null, MilestoneStatus.IN_PROGRESS,
                DeliveryConfidence.AMBER_GREEN, Set.of()));
        workspace.roadmaps().milestones().save(new Milestone(milestone.id(), roadmap.id(), "Go live", "", "Jo",
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), null, MilestoneStatus.IN_PROGRESS,
                DeliveryConfidence.AMBER_RED, Set.of()), "supplier late");
        workspace.roadmaps().overallConfidence().record(new OverallConfidence(0, roadmap.id(),
                DeliveryConfidence.AMBER, "Supplier late", TODAY));
        workspace.roadmaps().risks().save(new Risk(0, roadmap.id(), "Supplier exit", "", "CDIO", 3, 4,
                "Second supplier", RiskStatus.REALISED, LocalDate.of(2026, 12, 1), Set.of()));
        var indicator = workspace.roadmaps().indicators().save(new Indicator(0, roadmap.id(), "Calls", "%",
                IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("40.50"), new BigDecimal("1E-6"),
                LocalDate.of(2029, 3, 31)));
        workspace.roadmaps().indicators().saveReading(new IndicatorReading(indicator.id(),
                Quarter.parse("2026-27 Q2"), new BigDecimal("1E+6"), ""));
        workspace.roadmaps().issuedPacks().record(new IssuedPack(0, TODAY, "Board", "OFFICIAL",
                List.of(new OrganisationState(1, "DSIT", DeliveryConfidence.GREEN)),
                List.of(new MilestoneState(2, "DSIT", "Go live", DeliveryConfidence.RED, TODAY)),
                List.of(new IndicatorState(3, "DSIT", "Calls", new BigDecimal("12.5"), IndicatorTrack.OFF_TRACK)),
                List.of(), List.of(new ActionState(4, "A26/11/01", ActionStatus.DROPPED))));

        var round = workspace.selfAssessment().open(SelfAssessmentRound.open("Autumn 2026", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1)));
        var approach = workspace.selfAssessment().approaches().get(0);
        workspace.selfAssessment().rate(new ApproachRating(round.id(), dsit.id(), approach.id(),
                MaturityLevel.NOT_APPLICABLE, "Not ours to do", "", "", "", null));
        workspace.roleChecks().record(new RoleCheckItem(dsit.id(), RoleExpectation.STRATEGY_AGREED,
                LocalDate.of(2026, 6, 1), "Strategy published"));
    }

    private static Map<String, String> stored(Path file, Iterable<String> queries) throws SQLException {
        Map<String, String> stored = new LinkedHashMap<>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            for (String query : queries) {
                try (var rows = statement.executeQuery(query)) {
                    stored.put(query, rows.next() ? rows.getString(1) : "(no row)");
                }
            }
        }
        return stored;
    }
}
