package uk.dln.secretariat.app.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.shell.Section;
import uk.dln.secretariat.app.task.BackgroundTask;
import uk.dln.secretariat.app.task.TaskExecutor;
import uk.dln.secretariat.app.core.home.HomeGlance;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.model.home.MonthAtAGlance;
import uk.dln.secretariat.model.home.MonthAtAGlance.NextMeeting;
import uk.dln.secretariat.model.home.MonthAtAGlance.OrganisationCount;

/**
 * Home: where the month stands. The window shows it before any figure is known; the figures are read off the FX
 * thread once a workspace is open, and again whenever Home is shown.
 */
public final class HomeViewModel {

    /** Lines shown at most in each list; the rest are one line leading to the section. */
    static final int LIST_LIMIT = 8;

    private final WorkspaceService workspaces;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper meetingHeading = new ReadOnlyStringWrapper(this, "meetingHeading", "");
    private final ReadOnlyStringWrapper meetingDetail = new ReadOnlyStringWrapper(this, "meetingDetail", "");
    private final ReadOnlyObjectWrapper<HomeLine> meetingLink = new ReadOnlyObjectWrapper<>(this, "meetingLink");
    private final ObservableList<HomeLine> checklist = FXCollections.observableArrayList();
    private final ObservableList<HomeLine> overdueActions = FXCollections.observableArrayList();
    private final ObservableList<HomeLine> roadmaps = FXCollections.observableArrayList();
    private final ObservableList<HomeLine> gaps = FXCollections.observableArrayList();

    public HomeViewModel(WorkspaceService workspaces, TaskExecutor executor, Clock clock) {
        this.workspaces = workspaces;
        this.executor = executor;
        this.clock = clock;
        workspaces.currentProperty().addListener((obs, old, opened) -> reload());
        reload();
    }

    /** Reads the month again from the open workspace, off the FX thread. */
    public void reload() {
        var workspace = workspaces.records();
        if (workspace.isEmpty()) {
            clear();
            status.set(Messages.get("home.noWorkspace"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        status.set(Messages.get("home.loading"));
        executor.execute(BackgroundTask.of(Messages.get("home.task.load"), work -> new HomeGlance(workspace.get()).read(today))
                .onSuccess(this::show)
                .onFailure(error -> status.set(Messages.describe(error))));
    }

    /** Fills every line in from what was read; public so a test can show a month without a workspace. */
    public void show(MonthAtAGlance month) {
        status.set("");
        month.nextMeeting().ifPresentOrElse(next -> showMeeting(month, next), () -> {
            meetingHeading.set(Messages.get("home.meeting.none"));
            meetingDetail.set("");
            meetingLink.set(new HomeLine(Messages.get("home.meeting.plan"), "", false,
                    Destination.of(Section.MEETINGS)));
        });
        update(checklist, checklist(month));
        update(overdueActions, counted(month.overdueActions(), "home.actions.line", Section.ACTIONS,
                "home.actions.more", "home.actions.none"));
        var roadmapLines = new ArrayList<HomeLine>();
        roadmapLines.addAll(counted(month.newRedMilestones(), "home.milestones.line", Section.ROADMAPS,
                "home.milestones.more", "home.milestones.none"));
        roadmapLines.addAll(counted(month.overdueRiskReviews(), "home.risks.line", Section.ROADMAPS,
                "home.risks.more", "home.risks.none"));
        update(roadmaps, roadmapLines);
        update(gaps, limited(month.gaps().stream().map(gap -> new HomeLine(
                        Messages.get("home.gap.line", gap.organisation(), Messages.get(gap.missing().messageKey())), "",
                        false, Destination.organisation(Section.DIRECTORY, gap.organisationId(),
                                gap.organisation()))).toList(),
                "home.gaps.more", Section.DIRECTORY, "home.gaps.none"));
    }

    /** Lines that have not changed are left alone, so a link keeps the focus when Home is read again. */
    private static void update(ObservableList<HomeLine> shown, List<HomeLine> lines) {
        if (!shown.equals(lines)) {
            shown.setAll(lines);
        }
    }

    private void showMeeting(MonthAtAGlance month, NextMeeting next) {
        meetingHeading.set(Messages.get("home.meeting.heading", next.number(), Dates.format(next.date())));
        long days = month.daysToGo().orElse(0L);
        LocalDate deadline = month.papersDeadline().orElseThrow();
        long toDeadline = java.time.temporal.ChronoUnit.DAYS.between(month.today(), deadline);
        String papers = toDeadline < 0
                ? Messages.get("home.meeting.papersWereDue", Dates.format(deadline), -toDeadline)
                : Messages.get("home.meeting.papersDue", Dates.format(deadline), toDeadline);
        meetingDetail.set(Messages.get("home.meeting.daysToGo", days) + " " + papers);
        meetingLink.set(new HomeLine(Messages.get("home.meeting.open", next.number()), "", false,
                Destination.meeting(next.id())));
    }

    private static List<HomeLine> checklist(MonthAtAGlance month) {
        var lines = new ArrayList<HomeLine>();
        month.nextMeeting().ifPresent(next -> {
            var meeting = Destination.meeting(next.id());
            boolean drafted = next.substantiveItems() > 0;
            lines.add(new HomeLine(Messages.get("home.step.agenda"), drafted
                    ? Messages.get("home.step.agenda.drafted", next.substantiveItems())
                    : Messages.get("home.step.agenda.notStarted"), drafted, meeting));
            for (var paper : month.papers()) {
                lines.add(new HomeLine(Messages.get("home.step.paper", paper.position(), paper.title()),
                        Messages.get(paper.received() ? "home.step.paper.received" : "home.step.paper.awaited"),
                        paper.received(), meeting));
            }
        });
        var returns = month.returns();
        lines.add(new HomeLine(Messages.get("home.step.returns"), returns.issued() == 0
                ? Messages.get("home.step.returns.none")
                : Messages.get("home.step.returns.in", returns.in(), returns.issued()),
                returns.issued() > 0 && returns.in() == returns.issued(), Destination.of(Section.RETURNS)));
        month.nextMeeting().ifPresent(next -> lines.add(new HomeLine(Messages.get("home.step.pack"),
                Messages.get(month.packIssued() ? "home.step.pack.issued" : "home.step.pack.notIssued"),
                month.packIssued(), Destination.of(Section.BOARD_PACKS))));
        month.previousMeeting().ifPresent(previous -> {
            var meeting = Destination.meeting(previous.id());
            String date = Dates.format(previous.date());
            lines.add(new HomeLine(Messages.get("home.step.minutesDrafted", date),
                    Messages.get(previous.minutesDrafted() ? "home.step.minutesDrafted.yes"
                            : "home.step.minutesDrafted.no"), previous.minutesDrafted(), meeting));
            lines.add(new HomeLine(Messages.get("home.step.minutesApproved", date),
                    Messages.get(previous.minutesApproved() ? "home.step.minutesApproved.yes"
                            : "home.step.minutesApproved.no"), previous.minutesApproved(), meeting));
        });
        return lines;
    }

    private static List<HomeLine> counted(List<OrganisationCount> counts, String lineKey, Section section,
                                          String moreKey, String noneKey) {
        Function<OrganisationCount, HomeLine> line = count -> new HomeLine(
                Messages.get(lineKey, count.organisation(), count.count()), "", false,
                Destination.organisation(section, count.organisationId(), count.organisation()));
        return limited(counts.stream().map(line).toList(), moreKey, section, noneKey);
    }

    private static List<HomeLine> limited(List<HomeLine> lines, String moreKey, Section section, String noneKey) {
        if (lines.isEmpty()) {
            return List.of(new HomeLine(Messages.get(noneKey), "", true, Destination.of(section)));
        }
        if (lines.size() <= LIST_LIMIT) {
            return lines;
        }
        var shown = new ArrayList<>(lines.subList(0, LIST_LIMIT));
        shown.add(new HomeLine(Messages.get(moreKey, lines.size() - LIST_LIMIT), "", false, Destination.of(section)));
        return shown;
    }

    private void clear() {
        meetingHeading.set("");
        meetingDetail.set("");
        meetingLink.set(null);
        checklist.clear();
        overdueActions.clear();
        roadmaps.clear();
        gaps.clear();
    }

    /** "Reading the workspace", or why nothing is shown; empty once the lines are in. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meetingHeadingProperty() {
        return meetingHeading.getReadOnlyProperty();
    }

    /** Days to go and the papers deadline. */
    public ReadOnlyStringProperty meetingDetailProperty() {
        return meetingDetail.getReadOnlyProperty();
    }

    /** Opens the next meeting, or plans one when there is none. */
    public ReadOnlyObjectProperty<HomeLine> meetingLinkProperty() {
        return meetingLink.getReadOnlyProperty();
    }

    public ObservableList<HomeLine> checklist() {
        return checklist;
    }

    public ObservableList<HomeLine> overdueActions() {
        return overdueActions;
    }

    /** New red milestones, then overdue risk reviews. */
    public ObservableList<HomeLine> roadmaps() {
        return roadmaps;
    }

    public ObservableList<HomeLine> gaps() {
        return gaps;
    }
}
