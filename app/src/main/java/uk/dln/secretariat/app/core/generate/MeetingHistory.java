package uk.dln.secretariat.app.core.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Ten years of monthly meetings, each raising its share of the actions; most actions get a few progress updates and
 * those due before the end of the decade are mostly closed or dropped. Meetings are held and their minutes approved
 * once their actions are raised, as the secretariat would.
 */
final class MeetingHistory {

    private static final String[] ACTIONS = {"Share the cloud migration lessons learned",
        "Circulate the draft data standards", "Nominate a lead for the skills working group",
        "Report progress on legacy retirement", "Confirm attendance at the spending review workshop"};
    private static final String[] UPDATES = {"Work started", "Draft shared with the secretariat",
        "Delayed by a dependency on another department", "Complete; proposed for closure"};

    private final WorkspaceData workspace;
    private final SteppingClock clock;
    private final Random random;
    int meetings;
    int actions;
    int updates;

    MeetingHistory(WorkspaceData workspace, SteppingClock clock, Random random) {
        this.workspace = workspace;
        this.clock = clock;
        this.random = random;
    }

    void write(List<Organisation> organisations, List<Long> leaderIds, int meetingCount, int actionCount) {
        for (int m = 0; m < meetingCount; m++) {
            // Monthly through the decade; beyond 120 meetings (at larger scales) several fall in a month.
            LocalDate day = DecadeGenerator.START.plusMonths(m * 120L / meetingCount).plusDays(9 + m % 10);
            clock.moveTo(day.minusDays(30));
            var meeting = workspace.meetings().save(Meeting.plan(day, LocalTime.of(10, 0), 120,
                    "70 Whitehall, London", leaderIds.get(0), ProtectiveMarking.OFFICIAL));
            meetings++;
            clock.moveTo(day);
            for (int a = 0; a < share(actionCount, meetingCount, m); a++) {
                action(meeting, day, organisations, leaderIds, a);
            }
            if (day.isBefore(DecadeGenerator.END.minusMonths(1))) {
                clock.moveTo(day);
                workspace.meetings().moveTo(meeting.id(), MeetingStatus.PAPERS_ISSUED);
                workspace.meetings().moveTo(meeting.id(), MeetingStatus.HELD);
                clock.moveTo(day.plusDays(28));
                workspace.meetings().moveTo(meeting.id(), MeetingStatus.MINUTES_APPROVED);
            }
        }
    }

    private static int share(int total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    private void action(Meeting meeting, LocalDate day, List<Organisation> organisations, List<Long> leaderIds,
                        int a) {
        clock.moveTo(day);
        LocalDate due = day.plusDays(14 + random.nextInt(120));
        long owner = leaderIds.get(random.nextInt(leaderIds.size()));
        var action = workspace.actions().raise(new Action(0, "", ACTIONS[random.nextInt(ACTIONS.length)] + " ("
                + (a + 1) + ")", owner, organisations.get(random.nextInt(organisations.size())).id(), meeting.id(),
                null, day, due, ActionStatus.OPEN, null));
        actions++;
        LocalDate written = day;
        for (int u = random.nextInt(4); u > 0; u--) {
            written = written.plusDays(7 + random.nextInt(40));
            if (written.isAfter(DecadeGenerator.END)) {
                break;
            }
            clock.moveTo(written);
            workspace.actions().addUpdate(new ActionUpdate(0, action.id(), written, owner,
                    UPDATES[random.nextInt(UPDATES.length)]));
            updates++;
        }
        if (due.isBefore(DecadeGenerator.END) && random.nextInt(10) < 9) {
            clock.moveTo(due);
            workspace.actions().changeStatus(action.id(), random.nextInt(8) == 0 ? ActionStatus.DROPPED
                    : ActionStatus.CLOSED);
        }
    }
}
