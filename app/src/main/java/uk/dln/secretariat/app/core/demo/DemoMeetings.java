package uk.dln.secretariat.app.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.dln.secretariat.app.core.minutes.MinutesDrafts;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.directory.CurrentRole;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.NetworkRole;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Attendance;
import uk.dln.secretariat.model.meetings.AttendanceStatus;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.model.meetings.Publication;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.persistence.WorkspaceData;
import uk.dln.secretariat.reports.pdf.SamplePapers;

/**
 * A year of monthly meetings on the fourth Thursday: past ones held, with attendance, minutes (approved, except the
 * latest, which waits for the next meeting) and actions, some since closed; the next one in preparation with its
 * papers attached. The same every time for the same day.
 */
final class DemoMeetings {

    /** A substantive paper: what it says, and the context its cover sheet gives. */
    private record Topic(String title, ItemPurpose purpose, String summary, String recommendation,
                         String consultation, String financial, String legal, String risk) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("Cloud hosting: moving off end-of-life platforms", ItemPurpose.DECISION,
                    "Eleven departments still run services on platforms out of support by March.",
                    "The network is asked to:\n(a) agree a shared migration timetable;\n"
                            + "(b) nominate a lead department for each platform.",
                    "The Crown Commercial Service and the departments' chief technology officers.",
                    "Migration costs fall within departments' 2026-27 allocations; no central funding is sought.",
                    "Existing hosting contracts allow exit on six months' notice.",
                    "Services left on unsupported platforms after March face unpatched vulnerabilities."),
            new Topic("Digital skills: the Grade 7 capability programme", ItemPurpose.DISCUSSION,
                    "Early results from the first two cohorts of the capability programme.",
                    "The network is asked to discuss how departments release staff for training.",
                    "Departmental heads of profession and Civil Service HR.",
                    "The programme is funded centrally until March 2027.",
                    "None.",
                    "Cohorts may fall short if departments cannot release staff."),
            new Topic("GOV.UK One Login adoption", ItemPurpose.INFORMATION,
                    "Progress of departmental services moving to One Login.",
                    "The network is asked to note progress and the services at risk.",
                    "The One Login programme board.",
                    "None for departments beyond their own integration work.",
                    "Data protection impact assessments are in place for every migrated service.",
                    "Three services may miss the migration deadline."),
            new Topic("Spending Review: digital investment cases", ItemPurpose.DECISION,
                    "A common template for digital investment cases in the Spending Review.",
                    "The network is asked to:\n(a) agree the template for use by all departments;\n"
                            + "(b) note the timetable for submissions to HM Treasury.",
                    "HM Treasury spending teams and departmental finance directors.",
                    "No cost; the template standardises bids already being prepared.",
                    "None.",
                    "Bids in other formats may be slower to assess."),
            new Topic("Legacy IT risk register", ItemPurpose.DISCUSSION,
                    "The highest legacy IT risks across the network and their mitigations.",
                    "The network is asked to discuss the red-rated risks.",
                    "Departmental risk owners and the Central Digital and Data Office.",
                    "Remediation of the red-rated systems is estimated at 40 million pounds over three years.",
                    "None.",
                    "Four red-rated systems support critical national services."),
            new Topic("Data sharing agreements between departments", ItemPurpose.NOTING,
                    "Agreements signed this quarter under the Digital Economy Act.",
                    "The network is asked to note the agreements.",
                    "Departmental data protection officers and the Information Commissioner's Office.",
                    "None.",
                    "Each agreement was reviewed by departmental lawyers under the Digital Economy Act 2017.",
                    "None beyond those recorded in each agreement."),
            new Topic("AI assurance: departmental pilots", ItemPurpose.DISCUSSION,
                    "What the first departmental pilots of the AI assurance framework found.",
                    "The network is asked to discuss adopting the framework more widely.",
                    "The pilot departments and the Responsible Technology Adoption Unit.",
                    "Wider adoption needs about two assurance staff per department.",
                    "The framework supports departments' duties under the Equality Act 2010.",
                    "Unassured AI tools may make decisions that cannot be explained."),
            new Topic("Cyber security: the Government Cyber Security Strategy", ItemPurpose.INFORMATION,
                    "Departmental progress against the strategy's 2025 milestones.",
                    "The network is asked to note progress.",
                    "The Government Security Group and the National Cyber Security Centre.",
                    "None.",
                    "None.",
                    "Two departments are behind on the 2025 milestones."));

    private static final List<String> ACTIONS = List.of(
            "Share the department's migration plan with the secretariat",
            "Nominate a lead for the cross-government working group",
            "Circulate the draft template to finance business partners",
            "Report back on the services at risk at the next meeting",
            "Confirm the number of staff released for the next cohort",
            "Review the red-rated risks with the departmental board");

    private final WorkspaceData workspace;
    private final LocalDate today;
    private List<CurrentRole> roles;
    private List<Organisation> members;

    DemoMeetings(WorkspaceData workspace, LocalDate today) {
        this.workspace = workspace;
        this.today = today;
    }

    /** Adds the meetings, unless the workspace already has some. @return how many meetings were added */
    int fill() {
        if (!workspace.meetings().findAll().isEmpty() || workspace.leaders().findAll().isEmpty()) {
            return 0;
        }
        roles = workspace.leaders().findAllWithRoleOn(today);
        members = workspace.organisations().findAll().stream().filter(Organisation::member).toList();
        var dates = new ArrayList<LocalDate>();
        for (int month = 12; month >= 0; month--) {
            LocalDate date = fourthThursday(today.minusMonths(month));
            if (date.isBefore(today)) {
                dates.add(date);
            }
        }
        dates.add(fourthThursday(today).isBefore(today) ? fourthThursday(today.plusMonths(1)) : fourthThursday(today));
        for (int i = 0; i < dates.size(); i++) {
            boolean next = i == dates.size() - 1;
            boolean latestPast = i == dates.size() - 2;
            Meeting meeting = plan(dates.get(i), i);
            if (next) {
                attachPapers(meeting);
            } else {
                hold(meeting, i, !latestPast);
            }
        }
        return dates.size();
    }

    private static LocalDate fourthThursday(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    private Meeting plan(LocalDate date, int index) {
        Long chair = withRole(NetworkRole.CHAIR).map(Leader::id).findFirst().orElse(null);
        var meeting = workspace.meetings().save(Meeting.plan(date, LocalTime.of(10, 0), 120,
                "Conference Room 4, 10 Whitehall, London", chair, ProtectiveMarking.OFFICIAL));
        var items = new ArrayList<AgendaItem>();
        for (StandingItem standing : StandingItem.values()) {
            if (standing == StandingItem.ANY_OTHER_BUSINESS) {
                for (int t = 0; t < 3; t++) {
                    items.add(topicItem(meeting, TOPICS.get((index * 3 + t) % TOPICS.size()), index + t));
                }
            }
            items.add(new AgendaItem(0, meeting.id(), 0, Messages.get(standing.titleKey()), standing.purpose(),
                    standing, standing == StandingItem.WELCOME ? chair : null, standing.minutes(), standing.paper(),
                    CoverSheet.blank(ProtectiveMarking.OFFICIAL)));
        }
        workspace.agenda().append(meeting.id(), items);
        return meeting;
    }

    private AgendaItem topicItem(Meeting meeting, Topic topic, int seed) {
        List<Leader> leaders = withRole(NetworkRole.DIGITAL_LEADER).toList();
        Leader presenter = leaders.get(seed * 5 % leaders.size());
        var marking = seed % 4 == 3 ? ProtectiveMarking.parse("OFFICIAL-SENSITIVE COMMERCIAL")
                : ProtectiveMarking.OFFICIAL;
        // The paper is dated a fortnight before the meeting; a topic seen before says when.
        String previous = seed < 3 ? Messages.get("demo.paper.firstConsideration")
                : Messages.get("demo.paper.previousConsideration", topic.title());
        var context = new PaperContext(meeting.date().minusDays(14), previous, topic.consultation(),
                topic.financial(), topic.legal(), topic.risk(),
                marking.equals(ProtectiveMarking.OFFICIAL) ? Publication.PUBLISH : Publication.NOT_FOR_PUBLICATION);
        return new AgendaItem(0, meeting.id(), 0, topic.title(), topic.purpose(), null, presenter.id(),
                20 + seed % 3 * 5, true, new CoverSheet(presenter.name(), presenter.name(), topic.summary(),
                topic.recommendation(), marking, context));
    }

    /**
     * Papers as departments send them: a PDF, a Word document, and a PDF with a Word annex, so the export folder and
     * the one-PDF pack show every kind the pack handles.
     */
    private void attachPapers(Meeting meeting) {
        int topic = 0;
        for (AgendaItem item : workspace.agenda().items(meeting.id())) {
            if (item.paper() && item.standing() == null) {
                var paragraphs = List.of(item.cover().summary(), item.cover().recommendations(),
                        "Background: the proposal builds on the work the network noted at its last two meetings. "
                                + "Departments have been consulted and their comments are reflected in this paper.");
                String name = slug(item.title());
                if (topic % 3 == 1) {
                    workspace.papers().attach(item.id(), name + ".docx", SamplePapers.docx(item.title(), paragraphs));
                } else {
                    workspace.papers().attach(item.id(), name + ".pdf", SamplePapers.pdf(item.title(), paragraphs));
                }
                if (topic % 3 == 2) {
                    workspace.papers().attach(item.id(), name + "-costs.docx", SamplePapers.docx(
                            item.title() + ": costs", List.of("The costs are met from existing budgets.")));
                }
                topic++;
            }
        }
        workspace.meetings().moveTo(meeting.id(), MeetingStatus.PAPERS_ISSUED);
    }

    private void hold(Meeting meeting, int index, boolean approve) {
        workspace.attendance().replace(meeting.id(), attendance(index));
        raiseActions(meeting, index);
        workspace.meetings().moveTo(meeting.id(), MeetingStatus.PAPERS_ISSUED);
        workspace.meetings().moveTo(meeting.id(), MeetingStatus.HELD);
        var minutes = MinutesDrafts.draft(workspace, meeting.id(), today);
        var items = workspace.agenda().items(meeting.id());
        var written = minutes.items().stream().map(m -> {
            AgendaItem item = items.stream().filter(i -> i.id() == m.itemId()).findFirst().orElseThrow();
            return item.standing() != null ? m : new uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes(
                    m.itemId(), item.cover().summary() + " Members discussed the timetable and the risks.",
                    "The network agreed to " + String.join(" and ", item.cover().recommendationList().stream()
                            .map(r -> r.replaceAll("[;.]$", "")).toList()) + ".", m.version());
        }).toList();
        // At the versions drafted from: a server raises the meeting's with each step above.
        workspace.meetings().saveMinutes(new uk.dln.secretariat.model.meetings.MeetingMinutes(meeting.id(),
                minutes.attendance(), minutes.declarations(), written, minutes.version()));
        if (approve) {
            workspace.meetings().moveTo(meeting.id(), MeetingStatus.MINUTES_APPROVED);
        }
    }

    private List<Attendance> attendance(int index) {
        var lines = new ArrayList<Attendance>();
        for (int i = 0; i < members.size(); i++) {
            Organisation organisation = members.get(i);
            Leader leader = leaderOf(organisation, NetworkRole.DIGITAL_LEADER);
            Leader deputy = leaderOf(organisation, NetworkRole.DEPUTY);
            int roll = (i * 7 + index * 3) % 10;
            if (roll == 0 && deputy != null) {
                lines.add(Attendance.organisation(organisation.id(), deputy.id(), AttendanceStatus.DEPUTISED));
            } else if (roll == 1 || leader == null) {
                lines.add(Attendance.organisation(organisation.id(), leader == null ? null : leader.id(),
                        AttendanceStatus.APOLOGIES));
            } else if (roll == 2) {
                lines.add(Attendance.organisation(organisation.id(), null, AttendanceStatus.NOT_REPRESENTED));
            } else {
                lines.add(Attendance.organisation(organisation.id(), leader.id(), AttendanceStatus.PRESENT));
            }
        }
        withRole(NetworkRole.SECRETARIAT).forEach(s -> lines.add(Attendance.person(s.id(),
                AttendanceStatus.SECRETARIAT)));
        withRole(NetworkRole.GUEST).limit(index % 2 + 1L).forEach(g -> lines.add(Attendance.person(g.id(),
                AttendanceStatus.IN_ATTENDANCE)));
        return lines;
    }

    private void raiseActions(Meeting meeting, int index) {
        var topics = workspace.agenda().items(meeting.id()).stream().filter(i -> i.standing() == null).toList();
        for (int a = 0; a < 2 + index % 2; a++) {
            AgendaItem item = topics.get(a % topics.size());
            Organisation organisation = members.get((index * 5 + a * 3) % members.size());
            Leader owner = leaderOf(organisation, NetworkRole.DIGITAL_LEADER);
            if (owner == null) {
                continue;
            }
            var action = workspace.actions().raise(Action.raise(ACTIONS.get((index + a) % ACTIONS.size()),
                    owner.id(), organisation.id(), meeting.id(), item.id(), meeting.date(),
                    meeting.date().plusWeeks(4 + a * 2L)));
            // Older actions are mostly done; recent ones are still live, and some of those are overdue.
            if (meeting.date().isBefore(today.minusMonths(4)) && a != 2) {
                addUpdate(action, owner, meeting.date().plusWeeks(3), "Completed and reported to the secretariat.");
                LocalDate closed = meeting.date().plusWeeks(3);
                workspace.actions().changeStatusOn(action.id(), ActionStatus.CLOSED,
                        closed.isAfter(today) ? today : closed);
            } else if (a == 1) {
                addUpdate(action, owner, meeting.date().plusWeeks(2), "Work under way; a draft is with the team.");
                workspace.actions().changeStatus(action.id(), ActionStatus.IN_PROGRESS);
            } else if (index % 3 == 0) {
                addUpdate(action, owner, meeting.date().plusWeeks(3), "Done; proposed for closure at the next meeting.");
                workspace.actions().changeStatus(action.id(), ActionStatus.PROPOSED_FOR_CLOSURE);
            }
        }
    }

    private void addUpdate(Action action, Leader author, LocalDate on, String text) {
        workspace.actions().addUpdate(new ActionUpdate(0, action.id(), on.isAfter(today) ? today : on, author.id(),
                text));
    }

    private Leader leaderOf(Organisation organisation, NetworkRole role) {
        return roles.stream().filter(r -> r.role() == role && organisation.shortName()
                .equals(r.organisationShortName())).map(CurrentRole::leader).findFirst().orElse(null);
    }

    private Stream<Leader> withRole(NetworkRole role) {
        return roles.stream().filter(r -> r.role() == role).map(CurrentRole::leader);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
