package uk.dln.secretariat.model.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.meetings.MeetingStatus;

/**
 * Where the month stands: the next meeting and its cycle's steps, and what needs chasing. Small on purpose: counts
 * and a few names, read in a handful of queries, so the first screen is quick to fill in at any scale.
 *
 * @param today              the day it was read for
 * @param next               the next meeting on or after today; null when none is planned
 * @param papersDeadlineDays how many days before a meeting its papers are due (a network setting)
 * @param papers             the next meeting's substantive items that have a paper, in agenda order
 * @param previous           the latest meeting before the next one (or before today); null when there is none
 * @param returns            the returns issued since the previous meeting
 * @param packIssued         the next meeting's pack has been issued (its status, or an issued pack for its date)
 * @param overdueActions     live actions past their due date, by organisation, most first
 * @param newRedMilestones   live milestones red now that were not red at the last issued pack, by organisation
 * @param overdueRiskReviews open risks past their review date, by organisation, most first
 * @param gaps               member organisations without someone in a role every member needs
 */
public record MonthAtAGlance(LocalDate today, NextMeeting next, int papersDeadlineDays, List<Paper> papers,
                             PreviousMeeting previous, Returns returns, boolean packIssued,
                             List<OrganisationCount> overdueActions, List<OrganisationCount> newRedMilestones,
                             List<OrganisationCount> overdueRiskReviews, List<DirectoryGap> gaps) {

    /** How many days before a meeting its papers are due, until the network sets its own. */
    public static final int DEFAULT_PAPERS_DEADLINE_DAYS = 7;
    public static final int MAX_PAPERS_DEADLINE_DAYS = 60;

    public MonthAtAGlance {
        papers = List.copyOf(papers);
        overdueActions = List.copyOf(overdueActions);
        newRedMilestones = List.copyOf(newRedMilestones);
        overdueRiskReviews = List.copyOf(overdueRiskReviews);
        gaps = List.copyOf(gaps);
    }

    /** An empty workspace: nothing planned, nothing to chase. */
    public static MonthAtAGlance empty(LocalDate today, int papersDeadlineDays) {
        return new MonthAtAGlance(today, null, papersDeadlineDays, List.of(), null, Returns.NONE, false, List.of(),
                List.of(), List.of(), List.of());
    }

    public Optional<NextMeeting> nextMeeting() {
        return Optional.ofNullable(next);
    }

    public Optional<PreviousMeeting> previousMeeting() {
        return Optional.ofNullable(previous);
    }

    /** The day the next meeting's papers are due; empty when no meeting is planned. */
    public Optional<LocalDate> papersDeadline() {
        return nextMeeting().map(meeting -> meeting.date().minusDays(papersDeadlineDays));
    }

    /** Days from today to the next meeting (0 on the day); empty when none is planned. */
    public Optional<Long> daysToGo() {
        return nextMeeting().map(meeting -> ChronoUnit.DAYS.between(today, meeting.date()));
    }

    /**
     * @param substantiveItems agenda items that are not standing items (welcome, minutes, AOB...)
     */
    public record NextMeeting(long id, int number, LocalDate date, MeetingStatus status, int substantiveItems) {
    }

    /** A substantive agenda item with a paper, and whether the paper's file is in. */
    public record Paper(long agendaItemId, int position, String title, boolean received) {
    }

    /**
     * @param minutesDrafted some minutes have been written (attendance, declarations or an item's discussion)
     */
    public record PreviousMeeting(long id, int number, LocalDate date, boolean minutesDrafted,
                                  boolean minutesApproved) {
    }

    /** Returns issued in this cycle: how many, and how many have come back (received or taken in). */
    public record Returns(int issued, int in) {
        public static final Returns NONE = new Returns(0, 0);
    }

    public record OrganisationCount(long organisationId, String organisation, int count) {
    }

    /** A member organisation with nobody currently in the role. */
    public record DirectoryGap(long organisationId, String organisation, NetworkRole missing) {
    }
}
