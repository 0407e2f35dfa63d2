package uk.dln.secretariat.persistence.home;

import static uk.dln.secretariat.persistence.jooq.Tables.ACTION;
import static uk.dln.secretariat.persistence.jooq.Tables.AGENDA_ITEM;
import static uk.dln.secretariat.persistence.jooq.Tables.DEPARTMENTAL_RETURN;
import static uk.dln.secretariat.persistence.jooq.Tables.ISSUED_PACK;
import static uk.dln.secretariat.persistence.jooq.Tables.MEETING;
import static uk.dln.secretariat.persistence.jooq.Tables.MEMBERSHIP;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE;
import static uk.dln.secretariat.persistence.jooq.Tables.MILESTONE_CHANGE;
import static uk.dln.secretariat.persistence.jooq.Tables.ORGANISATION;
import static uk.dln.secretariat.persistence.jooq.Tables.PAPER_FILE;
import static uk.dln.secretariat.persistence.jooq.Tables.RISK;
import static uk.dln.secretariat.persistence.jooq.Tables.ROADMAP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.home.MonthAtAGlance.DirectoryGap;
import uk.dln.secretariat.model.home.MonthAtAGlance.NextMeeting;
import uk.dln.secretariat.model.home.MonthAtAGlance.OrganisationCount;
import uk.dln.secretariat.model.home.MonthAtAGlance.Paper;
import uk.dln.secretariat.model.home.MonthAtAGlance.PreviousMeeting;
import uk.dln.secretariat.model.home.MonthAtAGlance.Returns;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.MilestoneStatus;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.persistence.settings.SettingsRepository;

/**
 * What the Home screen shows: counts and a few names, each from one query that the database answers from its
 * indexes or one pass over a table, so it stays quick with a decade of records.
 */
public final class HomeRepository {

    /** Roles every member organisation should have someone in. */
    private static final List<NetworkRole> NEEDED_ROLES = List.of(NetworkRole.DIGITAL_LEADER, NetworkRole.COORDINATOR);
    private static final List<ActionStatus> LIVE_ACTIONS = List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
            ActionStatus.PROPOSED_FOR_CLOSURE);
    private static final List<MilestoneStatus> LIVE_MILESTONES = List.of(MilestoneStatus.NOT_STARTED,
            MilestoneStatus.IN_PROGRESS);

    private final DSLContext dsl;
    private final SettingsRepository settings;

    public HomeRepository(DSLContext dsl, SettingsRepository settings) {
        this.dsl = dsl;
        this.settings = settings;
    }

    public MonthAtAGlance read(LocalDate today) {
        int deadlineDays = settings.papersDeadlineDays();
        NextMeeting next = nextMeeting(today);
        LocalDate before = next == null ? today : next.date();
        PreviousMeeting previous = previousMeeting(before);
        List<Paper> papers = next == null ? List.of() : papers(next.id());
        Returns returns = returns(previous == null ? today.minusMonths(1) : previous.date());
        boolean packIssued = next != null && packIssued(next);
        return new MonthAtAGlance(today, next, deadlineDays, papers, previous, returns, packIssued,
                overdueActions(today), newRedMilestones(today), overdueRiskReviews(today), gaps(today));
    }

    private NextMeeting nextMeeting(LocalDate today) {
        Field<Integer> substantive = DSL.selectCount().from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID), AGENDA_ITEM.STANDING.isNull()).asField();
        return dsl.select(MEETING.ID, MEETING.NUMBER, MEETING.MEETING_ON, MEETING.STATUS, substantive)
                .from(MEETING)
                .where(MEETING.MEETING_ON.ge(today))
                .orderBy(MEETING.MEETING_ON)
                .limit(1)
                .fetchOptional(r -> new NextMeeting(r.value1(), r.value2().intValue(), r.value3(),
                        r.value4(), r.value5()))
                .orElse(null);
    }

    private PreviousMeeting previousMeeting(LocalDate before) {
        Condition itemMinutes = DSL.exists(DSL.selectOne().from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID), AGENDA_ITEM.DISCUSSION.ne("")
                        .or(AGENDA_ITEM.DECISIONS.ne(""))));
        Field<Boolean> drafted = DSL.field(MEETING.MINUTES_ATTENDANCE.ne("").or(MEETING.MINUTES_DECLARATIONS.ne(""))
                .or(itemMinutes));
        return dsl.select(MEETING.ID, MEETING.NUMBER, MEETING.MEETING_ON, MEETING.STATUS, drafted)
                .from(MEETING)
                .where(MEETING.MEETING_ON.lt(before))
                .orderBy(MEETING.MEETING_ON.desc())
                .limit(1)
                .fetchOptional(r -> new PreviousMeeting(r.value1(), r.value2().intValue(), r.value3(),
                        Boolean.TRUE.equals(r.value5()),
                        r.value4() == MeetingStatus.MINUTES_APPROVED))
                .orElse(null);
    }

    private List<Paper> papers(long meetingId) {
        Condition received = DSL.exists(DSL.selectOne().from(PAPER_FILE)
                .where(PAPER_FILE.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID)));
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.POSITION, AGENDA_ITEM.TITLE, DSL.field(received))
                .from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId), AGENDA_ITEM.STANDING.isNull(),
                        AGENDA_ITEM.HAS_PAPER.isTrue())
                .orderBy(AGENDA_ITEM.POSITION)
                .fetch(r -> new Paper(r.value1(), r.value2().intValue(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    private Returns returns(LocalDate since) {
        var in = DSL.count().filterWhere(DEPARTMENTAL_RETURN.RECEIVED_AT.isNotNull()
                .or(DEPARTMENTAL_RETURN.TAKEN_IN_AT.isNotNull()));
        return dsl.select(DSL.count(), in)
                .from(DEPARTMENTAL_RETURN)
                .where(DEPARTMENTAL_RETURN.ISSUED_AT.ge(since.atStartOfDay()))
                .fetchOne(r -> new Returns(r.value1(), r.value2()));
    }

    private boolean packIssued(NextMeeting next) {
        return next.status() != MeetingStatus.PLANNED
                || dsl.fetchExists(ISSUED_PACK, ISSUED_PACK.PACK_DATE.eq(next.date()));
    }

    private List<OrganisationCount> overdueActions(LocalDate today) {
        return byOrganisation(dsl.select(ACTION.ORGANISATION_ID, ORGANISATION.SHORT_NAME, DSL.count())
                .from(ACTION).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION.ORGANISATION_ID))
                .where(ACTION.STATUS.in(LIVE_ACTIONS), ACTION.DUE_ON.lt(today))
                .groupBy(ACTION.ORGANISATION_ID, ORGANISATION.SHORT_NAME)
                .orderBy(DSL.count().desc(), ORGANISATION.SHORT_NAME)
                .fetch());
    }

    /**
     * Red now and not red at the last pack: the latest change on or before the pack's day was another colour, or
     * there was none. With no pack issued yet, the last month is the measure.
     */
    private List<OrganisationCount> newRedMilestones(LocalDate today) {
        LocalDate since = dsl.select(DSL.max(ISSUED_PACK.PACK_DATE)).from(ISSUED_PACK)
                .where(ISSUED_PACK.PACK_DATE.le(today)).fetchOptional(r -> r.value1())
                .orElse(today.minusMonths(1));
        Field<DeliveryConfidence> confidenceThen = DSL.select(MILESTONE_CHANGE.CONFIDENCE).from(MILESTONE_CHANGE)
                .where(MILESTONE_CHANGE.MILESTONE_ID.eq(MILESTONE.ID),
                        MILESTONE_CHANGE.CHANGED_AT.lt(since.plusDays(1).atStartOfDay()))
                .orderBy(MILESTONE_CHANGE.CHANGED_AT.desc(), MILESTONE_CHANGE.ID.desc())
                .limit(1).asField();
        return byOrganisation(dsl.select(ROADMAP.ORGANISATION_ID, ORGANISATION.SHORT_NAME, DSL.count())
                .from(MILESTONE)
                .join(ROADMAP).on(ROADMAP.ID.eq(MILESTONE.ROADMAP_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ROADMAP.ORGANISATION_ID))
                .where(MILESTONE.CONFIDENCE.eq(DeliveryConfidence.RED), MILESTONE.STATUS.in(LIVE_MILESTONES),
                        confidenceThen.isDistinctFrom(DeliveryConfidence.RED))
                .groupBy(ROADMAP.ORGANISATION_ID, ORGANISATION.SHORT_NAME)
                .orderBy(DSL.count().desc(), ORGANISATION.SHORT_NAME)
                .fetch());
    }

    private List<OrganisationCount> overdueRiskReviews(LocalDate today) {
        return byOrganisation(dsl.select(ROADMAP.ORGANISATION_ID, ORGANISATION.SHORT_NAME, DSL.count())
                .from(RISK)
                .join(ROADMAP).on(ROADMAP.ID.eq(RISK.ROADMAP_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ROADMAP.ORGANISATION_ID))
                .where(RISK.STATUS.eq(RiskStatus.OPEN), RISK.REVIEW_DATE.lt(today))
                .groupBy(ROADMAP.ORGANISATION_ID, ORGANISATION.SHORT_NAME)
                .orderBy(DSL.count().desc(), ORGANISATION.SHORT_NAME)
                .fetch());
    }

    private List<DirectoryGap> gaps(LocalDate today) {
        var gaps = new ArrayList<DirectoryGap>();
        for (NetworkRole role : NEEDED_ROLES) {
            Condition filled = DSL.exists(DSL.selectOne().from(MEMBERSHIP)
                    .where(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID), MEMBERSHIP.ROLE.eq(role),
                            MEMBERSHIP.VALID_FROM.le(today),
                            MEMBERSHIP.VALID_TO.isNull().or(MEMBERSHIP.VALID_TO.ge(today))));
            dsl.select(ORGANISATION.ID, ORGANISATION.SHORT_NAME)
                    .from(ORGANISATION)
                    .where(ORGANISATION.MEMBER.isTrue(), DSL.not(filled))
                    .orderBy(ORGANISATION.SHORT_NAME)
                    .forEach(r -> gaps.add(new DirectoryGap(r.value1(), r.value2(), role)));
        }
        return gaps;
    }

    private static List<OrganisationCount> byOrganisation(List<Record3<Long, String, Integer>> rows) {
        return rows.stream().map(r -> new OrganisationCount(r.value1(), r.value2(), r.value3())).toList();
    }
}
