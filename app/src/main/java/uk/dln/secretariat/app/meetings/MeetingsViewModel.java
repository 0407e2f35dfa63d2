package uk.dln.secretariat.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.meetings.MeetingRecords;
import uk.dln.secretariat.app.core.minutes.MeetingDetail;
import uk.dln.secretariat.app.core.minutes.People;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.MeetingStatus;
import uk.dln.secretariat.model.settings.NetworkSettings;

/**
 * The Meetings section: the list of meetings (upcoming first, then past), and the selected meeting's details,
 * agenda, attendance and minutes, all read together so the tabs agree. Copes with no workspace being open yet.
 */
public final class MeetingsViewModel {

    private final WorkspaceTasks tasks;
    private final Clock clock;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Leader> chairs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MeetingStatus> nextStatus = new ReadOnlyObjectWrapper<>(this, "nextStatus");
    private final ReadOnlyObjectWrapper<MeetingStatus> undoStatus = new ReadOnlyObjectWrapper<>(this, "undoStatus");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "");
    private final MeetingFormViewModel form = new MeetingFormViewModel();
    private final AgendaViewModel agenda;
    private final AttendanceViewModel attendance;
    private final MinutesViewModel minutes;
    private final UnsavedChanges details;
    private final ChangeGuard changes;
    private final ChangedByOthersNotice detailsChanged;
    private final ChangedByOthersNotice itemChanged;
    private final ChangedByOthersNotice attendanceChanged;
    private final ChangedByOthersNotice minutesChanged;
    private final ReadOnlyStringWrapper changedByOther = new ReadOnlyStringWrapper(this, "changedByOther", "");
    private long shownId;
    private NetworkSettings settings = NetworkSettings.DEFAULTS;
    private People people = People.NONE;
    private long pendingSelection;
    /** Readings of the list under way. */
    private int loading;

    public MeetingsViewModel(WorkspaceTasks tasks, Clock clock, PaperOpener opener) {
        this.tasks = tasks.withErrorHeading("meetings.error.heading");
        this.clock = clock;
        this.agenda = new AgendaViewModel(this.tasks, opener, this::reloadSelected);
        this.attendance = new AttendanceViewModel(this.tasks, this::reloadSelected);
        this.minutes = new MinutesViewModel(this.tasks, this::reloadSelected);
        this.details = UnsavedChanges.of(Messages.get("changes.editor.meeting"), form.changes(), this::save,
                this::discardDetails);
        this.changes = new ChangeGuard(this.tasks.dialogs()).watch(details, agenda, attendance, minutes,
                minutes.actionEditor());
        this.detailsChanged = new ChangedByOthersNotice(form.changes(), clock);
        this.itemChanged = new ChangedByOthersNotice(agenda.changes(), clock);
        this.attendanceChanged = new ChangedByOthersNotice(attendance.changes(), clock);
        this.minutesChanged = new ChangedByOthersNotice(minutes.changes(), clock);
        var notices = List.of(detailsChanged, itemChanged, attendanceChanged, minutesChanged);
        notices.forEach(notice -> notice.textProperty().addListener((obs, old, text) -> changedByOther.set(
                notices.stream().map(n -> n.textProperty().get()).filter(t -> !t.isEmpty()).findFirst()
                        .orElse(""))));
        selected.addListener((obs, old, meeting) -> {
            if (meeting != null && (old == null || old.id() != meeting.id())) {
                reloadSelected();
            }
        });
        tasks.workspaces().currentProperty().addListener((obs, old, opened) -> {
            changes.forget();
            shownId = 0;
            reload();
        });
        if (tasks.workspaces().current().isPresent()) {
            reload();
        }
        form.clear(today().plusMonths(1), settings.defaultMarking());
    }

    public void reload() {
        reload(() -> { });
    }

    private void reload(Runnable then) {
        if (tasks.workspaces().current().isEmpty()) {
            meetings.clear();
            return;
        }
        long started = pendingSelection != 0 ? pendingSelection : selectedId();
        pendingSelection = 0;
        loading++;
        LocalDate today = today();
        tasks.run("task.meetings.load", workspace -> new MeetingRecords(workspace).list(today), loaded -> {
                    loading--;
                    long keep = pendingSelection != 0 ? pendingSelection : started;
                    if (loading == 0) {
                        pendingSelection = 0;
                    }
                    settings = loaded.settings();
                    people = loaded.people();
                    // Replacing the chairs with the same people would clear the chosen chair in the form, which
                    // would then count as a change nobody made; only a changed list is put in.
                    if (!chairs.equals(people.leaders())) {
                        chairs.setAll(people.leaders());
                    }
                    meetings.setAll(inListOrder(loaded.meetings(), today()));
                    Meeting again = meetings.stream().filter(m -> m.id() == keep).findFirst()
                            .orElseGet(() -> meetings.isEmpty() ? null : meetings.get(0));
                    Meeting before = selected.get();
                    selected.set(again);
                    if (again != null && before != null && before.id() == again.id()) {
                        reloadSelected();
                    }
                    if (again == null) {
                        showNewMeeting();
                    }
                    then.run();
                });
    }

    /**
     * Someone else changed records of the section: each form holding typing over one of them keeps it and says who
     * changed it and when; the list and the meeting are read again, which keeps what is typed.
     */
    public void othersChanged(ChangedRecords changed) {
        detailsChanged.check(changed, "meeting", form.editingId());
        itemChanged.check(changed, "agenda_item", agenda.editingId());
        attendance.readIds().forEach(id -> attendanceChanged.check(changed, "attendance", id));
        minutesChanged.check(changed, "meeting", minutes.meetingId());
        minutes.itemIds().forEach(id -> minutesChanged.check(changed, "agenda_item", id));
        reload();
    }

    /** The notice's Reload: asks about the typing (Save, Discard, Cancel), then shows the meeting as stored. */
    public void reloadStored() {
        changes.leave(this::reloadSelected);
    }

    /** "Changed by anna at 10:42 …" while a form of the meeting holds typing over a record someone else changed. */
    public ReadOnlyStringProperty changedByOtherProperty() {
        return changedByOther.getReadOnlyProperty();
    }

    /** Upcoming meetings first, soonest at the top, then past meetings, latest first. */
    static List<Meeting> inListOrder(List<Meeting> all, LocalDate today) {
        var upcoming = all.stream().filter(m -> !m.date().isBefore(today))
                .sorted(Comparator.comparing(Meeting::date));
        var past = all.stream().filter(m -> m.date().isBefore(today))
                .sorted(Comparator.comparing(Meeting::date).reversed());
        return Stream.concat(upcoming, past).toList();
    }

    /** Reads the selected meeting again with everything under it, after any change. */
    void reloadSelected() {
        Meeting meeting = selected.get();
        if (meeting == null) {
            return;
        }
        long id = meeting.id();
        tasks.run("task.meetings.loadMeeting", workspace -> new MeetingRecords(workspace).detail(id), this::show);
    }

    private void show(MeetingDetail detail) {
        Meeting meeting = detail.meeting();
        if (selected.get() == null || selected.get().id() != meeting.id()) {
            return;
        }
        int index = meetings.indexOf(selected.get());
        if (index >= 0 && !meetings.get(index).equals(meeting)) {
            meetings.set(index, meeting);
            selected.set(meeting);
        }
        // Another tab's save reads the meeting again: what is being typed in the other tabs is kept.
        boolean again = shownId == meeting.id();
        shownId = meeting.id();
        if (!(again && details.isDirty())) {
            form.edit(meeting, people.byId().get(meeting.chairId()));
        } else {
            form.readAgain(meeting);
        }
        nextStatus.set(meeting.status().forward());
        undoStatus.set(meeting.status().back());
        heading.set(Messages.get("meetings.heading", meeting.number(), Dates.format(meeting.date())));
        statusLine.set(Messages.get("meetings.statusLine", Messages.get(meeting.status().messageKey()),
                meeting.marking().label()));
        agenda.show(detail, people, settings.paperReferencePrefix(), meeting.marking());
        if (!(again && attendance.isDirty())) {
            attendance.show(detail, people, detail.quorumRule());
        } else {
            attendance.readAgain(detail.attendance());
        }
        if (!(again && minutes.isDirty())) {
            minutes.show(detail, people, settings.paperReferencePrefix());
        } else {
            minutes.readAgain(detail);
        }
    }

    /** Asks about unsaved changes in any tab first: the forms are about to show another meeting. */
    public void select(Meeting meeting) {
        changes.leave(() -> selected.set(meeting));
    }

    /** Shows the meeting with this id, once it is listed (Home's links know only its id). */
    public void select(long meetingId) {
        var listed = meetings.stream().filter(m -> m.id() == meetingId).findFirst();
        if (listed.isEmpty() || loading > 0) {
            // A reading under way would put back the meeting selected when it began: it keeps this one instead.
            pendingSelection = meetingId;
        }
        listed.ifPresentOrElse(this::select, this::reload);
    }

    /** A blank form for a new meeting, once unsaved changes are saved or given up. */
    public void newMeeting() {
        changes.leave(this::showNewMeeting);
    }

    private void showNewMeeting() {
        shownId = 0;
        selected.set(null);
        nextStatus.set(null);
        undoStatus.set(null);
        heading.set(Messages.get("meetings.newHeading"));
        statusLine.set("");
        form.clear(today().plusMonths(1), settings.defaultMarking());
        agenda.clear();
        attendance.clear();
        minutes.clear();
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the details; a new meeting starts with the standing items in the usual order. */
    private void save(Runnable onSaved) {
        Meeting meeting = form.toMeeting();
        if (meeting == null) {
            return;
        }
        tasks.save("task.meetings.save", details.editorName(),
                workspace -> new MeetingRecords(workspace).save(meeting), saved -> {
                    form.changes().markSaved();
                    pendingSelection = saved.id();
                    reload(onSaved);
                }, form.errors(), () -> {
                    // Their version: the typing is given up (the person agreed), then the meeting is read again.
                    form.changes().markClean();
                    reload();
                });
    }

    private void discardDetails() {
        Meeting meeting = selected.get();
        if (meeting == null) {
            form.clear(today().plusMonths(1), settings.defaultMarking());
        } else {
            form.edit(meeting, people.byId().get(meeting.chairId()));
        }
    }

    /** Plans the next monthly meeting from the latest one and says what came with it. */
    public void nextMeeting() {
        changes.leave(this::planNextMeeting);
    }

    private void planNextMeeting() {
        tasks.run("task.meetings.next", workspace -> new MeetingRecords(workspace).planNext(), planned -> {
            Meeting created = planned.meeting();
            pendingSelection = created.id();
            reload();
            tasks.dialogs().showInformation(Messages.get("meetings.next.heading", created.number(),
                    Dates.format(created.date())), Messages.get("meetings.next.body", planned.openActionsDue()));
        });
    }

    /**
     * Moves the selected meeting to the next status, once the person has read what that step does. A meeting is
     * marked held only on or after its day.
     */
    public void advance() {
        Meeting meeting = selected.get();
        MeetingStatus next = nextStatus.get();
        if (meeting == null || next == null) {
            return;
        }
        if (next == MeetingStatus.HELD && !meeting.canBeHeldOn(today())) {
            tasks.dialogs().showError(Messages.get("meetings.held.notYet.heading"),
                    Messages.get("meetings.held.notYet", meeting.number(), Dates.format(meeting.date())));
            return;
        }
        // Each step's question, spelled out so every key can be found in the code.
        String[] question = switch (next) {
            case PAPERS_ISSUED -> new String[] {"meetings.papersIssued.heading", "meetings.papersIssued.body"};
            case HELD -> new String[] {"meetings.held.heading", "meetings.held.body"};
            case MINUTES_APPROVED -> new String[] {"meetings.approve.heading", "meetings.approve.body"};
            case PLANNED -> throw new IllegalStateException("planned is never a step forward");
        };
        String goAhead = next == MeetingStatus.MINUTES_APPROVED ? Messages.get("meetings.approve.confirm")
                : advanceLabel(next);
        if (!tasks.dialogs().confirm(Messages.get(question[0], meeting.number()), Messages.get(question[1]),
                goAhead)) {
            return;
        }
        moveTo(meeting, next, "task.meetings.status");
    }

    /** Takes the selected meeting back one step, e.g. a meeting marked held by mistake back to papers issued. */
    public void undoStatus() {
        Meeting meeting = selected.get();
        MeetingStatus back = undoStatus.get();
        if (meeting == null || back == null) {
            return;
        }
        boolean toPlanned = back == MeetingStatus.PLANNED;
        String heading = toPlanned ? Messages.get("meetings.undo.planned.heading", meeting.number())
                : Messages.get("meetings.undo.papersIssued.heading", meeting.number());
        String body = toPlanned ? Messages.get("meetings.undo.planned.body")
                : Messages.get("meetings.undo.papersIssued.body");
        if (!tasks.dialogs().confirm(heading, body, undoLabel(back))) {
            return;
        }
        moveTo(meeting, back, "task.meetings.undoStatus");
    }

    private void moveTo(Meeting meeting, MeetingStatus status, String task) {
        // Claims the version shown: a meeting someone else changed since is not moved on unseen.
        tasks.save(task, details.editorName(), workspace -> new MeetingRecords(workspace).moveTo(meeting, status),
                moved -> reload(), null, this::reload);
    }

    public void delete() {
        Meeting meeting = selected.get();
        if (meeting == null || !tasks.dialogs().confirm(Messages.get("meetings.delete.heading", meeting.number()),
                Messages.get("meetings.delete.body"), Messages.get("meetings.delete.confirm"))) {
            return;
        }
        tasks.save("task.meetings.delete", details.editorName(), workspace -> {
            new MeetingRecords(workspace).delete(meeting);
            return meeting;
        }, deleted -> {
            selected.set(null);
            reload();
        }, null, this::reload);
    }

    private long selectedId() {
        return selected.get() == null ? 0 : selected.get().id();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The label of the command that moves the meeting on, e.g. "Mark papers issued". */
    public static String advanceLabel(MeetingStatus next) {
        if (next == null) {
            return Messages.get("meetings.advance.none");
        }
        return switch (next) {
            case PAPERS_ISSUED -> Messages.get("meetings.advance.papersIssued");
            case HELD -> Messages.get("meetings.advance.held");
            case MINUTES_APPROVED -> Messages.get("meetings.advance.approve");
            case PLANNED -> Messages.get("meetings.advance.none");
        };
    }

    /** The label of the command that undoes the last status change, e.g. "Undo: back to papers issued". */
    public static String undoLabel(MeetingStatus back) {
        return back == MeetingStatus.PLANNED ? Messages.get("meetings.undo.planned")
                : Messages.get("meetings.undo.papersIssued");
    }

    public boolean isUpcoming(Meeting meeting) {
        return !meeting.date().isBefore(today());
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> selectedProperty() {
        return selected;
    }

    public ObservableList<Leader> chairs() {
        return chairs;
    }

    public ReadOnlyObjectProperty<MeetingStatus> nextStatusProperty() {
        return nextStatus.getReadOnlyProperty();
    }

    /** Where undoing the last status change goes back to; null when there is nothing to undo. */
    public ReadOnlyObjectProperty<MeetingStatus> undoStatusProperty() {
        return undoStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The selected meeting's status and marking, under its heading. */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    public MeetingFormViewModel form() {
        return form;
    }

    public AgendaViewModel agenda() {
        return agenda;
    }

    public AttendanceViewModel attendance() {
        return attendance;
    }

    public MinutesViewModel minutes() {
        return minutes;
    }

    /** The meeting details form as an editor with unsaved changes. */
    public UnsavedChanges detailsEditor() {
        return details;
    }

    /** Every editor of the section: meeting details, agenda item, attendance, minutes and a new action. */
    public ChangeGuard changes() {
        return changes;
    }

    public String personLabel(Leader leader) {
        return people.label(leader);
    }
}
