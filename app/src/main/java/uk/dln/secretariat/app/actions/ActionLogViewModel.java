package uk.dln.secretariat.app.actions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.ChangedByOthersNotice;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.actions.ActionLog;
import uk.dln.secretariat.app.core.shared.ChangedRecords;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionStatus;
import uk.dln.secretariat.model.actions.ActionUpdate;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.app.forms.TypedText;

/**
 * The action log: every action across all meetings, filtered in memory as the filters change (each row carries its
 * search text in lower case, so 20,000 rows filter without a pause), the selected action's history, and the commands
 * that change actions. Copes with no workspace being open yet.
 */
public final class ActionLogViewModel {

    public static final String TEXT = "text";
    public static final String DUE_WITHIN = "dueWithin";
    /** Due soon, for the summary and chasers: within two weeks. */
    public static final int DUE_SOON_DAYS = 14;

    private final WorkspaceTasks tasks;
    private final Clock clock;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActionRow> shown = new FilteredList<>(rows);
    private final ObservableList<Choice> organisations = FXCollections.observableArrayList();
    private final ObservableList<Choice> owners = FXCollections.observableArrayList();
    private final ObservableList<Choice> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<SavedView> savedView = new SimpleObjectProperty<>(this, "savedView", SavedView.ALL);
    private final ObjectProperty<Choice> myOrganisation = new SimpleObjectProperty<>(this, "myOrganisation");
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<Choice> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<Choice> meeting = new SimpleObjectProperty<>(this, "meeting");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ANY);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final StringProperty dueWithin = new SimpleStringProperty(this, DUE_WITHIN, "");
    private final ObjectProperty<LocalDate> dueBy = new SimpleObjectProperty<>(this, "dueBy");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper byOrganisation = new ReadOnlyStringWrapper(this, "byOrganisation", "");
    private final ObjectProperty<ActionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ActionUpdate> updates = FXCollections.observableArrayList();
    private final StringProperty updateText = new SimpleStringProperty(this, TEXT, "");
    private final ObjectProperty<ActionStatus> newStatus =
            new SimpleObjectProperty<>(this, "newStatus", ActionStatus.IN_PROGRESS);
    private final FieldErrors errors = new FieldErrors(TEXT, DUE_WITHIN);
    /** The update being typed, as an editor: asked about before it is given up, told of others' changes. */
    private final ChangeTracker updateChanges = new ChangeTracker(() -> java.util.Arrays.asList(updateText.get()), updateText);
    private final UnsavedChanges updateEditor = UnsavedChanges.of(Messages.get("changes.editor.actionUpdate"),
            updateChanges, onSaved -> addUpdate(), this::discardUpdate);
    private final ChangedByOthersNotice updateChangedByOther;
    private final ActionCorrectionViewModel correction;
    private Map<Long, String> authorNames = Map.of();
    private LocalDate nextMeeting;
    /** True while code, not the person, sets the filters (a saved view, new choices): no hand change then. */
    private boolean settingFilters;
    /** True while a reload puts the rows back and the selection is not yet where it will end up. */
    private boolean reloading;

    public ActionLogViewModel(WorkspaceTasks tasks, Clock clock) {
        this.tasks = tasks.withErrorHeading("actions.error.heading");
        this.clock = clock;
        Observable[] filters = {organisation, owner, meeting, status, overdueOnly, dueWithin, dueBy, search};
        for (Observable filter : filters) {
            filter.addListener(o -> {
                if (!settingFilters) {
                    // Filters set by hand are no longer the saved view, so choosing it again puts it back.
                    savedView.set(null);
                    refilter();
                }
            });
        }
        savedView.addListener((obs, old, view) -> {
            if (view != null) {
                apply(view);
            }
        });
        myOrganisation.addListener((obs, old, chosen) -> {
            if (savedView.get() == SavedView.MY_ORGANISATION) {
                apply(SavedView.MY_ORGANISATION);
            }
        });
        correction = new ActionCorrectionViewModel(this.tasks, clock, this::reload);
        updateChangedByOther = new ChangedByOthersNotice(updateChanges, clock);
        selected.addListener((obs, old, row) -> {
            if (!reloading) {
                showSelected(row);
            }
        });
        tasks.workspaces().currentProperty().addListener((obs, old, opened) -> reload());
        reload();
    }

    public void reload() {
        if (tasks.workspaces().current().isEmpty()) {
            rows.clear();
            return;
        }
        long keep = selected.get() == null ? 0 : selected.get().id();
        tasks.run("task.actions.load", workspace -> new ActionLog(workspace).read(), loaded -> {
                    authorNames = loaded.authors();
                    ActionRow before = selected.get();
                    // While the rows are replaced the table may select others for a moment; the selected action's
                    // detail and correction form follow only where the selection ends up.
                    reloading = true;
                    try {
                        show(loaded.log().stream().map(ActionRow::of).toList(), loaded.meetings());
                        selected.set(rows.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
                    } finally {
                        reloading = false;
                    }
                    if (!Objects.equals(before, selected.get())) {
                        showSelected(selected.get());
                    }
                });
    }

    /**
     * Someone else changed actions (or what they name): the log is read again, keeping the selected action. The
     * correction form keeps what the person is typing over a changed action and says who changed it.
     */
    public void othersChanged(ChangedRecords changes) {
        correction.othersChanged(changes);
        updateChangedByOther.check(changes, "action", selected.get() == null ? 0 : selected.get().id());
        reload();
    }

    /**
     * The update notice's Reload: the log already shows the action as it is stored now, so what is left is the
     * typed update, which goes only after the usual question (Save adds it, Discard clears it, Cancel keeps it).
     */
    public void reloadForUpdate() {
        new ChangeGuard(tasks.dialogs()).watch(updateEditor).leave(() -> { });
    }

    private void discardUpdate() {
        updateText.set("");
        updateChanges.markClean();
        reload();
    }

    private void showSelected(ActionRow row) {
        loadUpdates(row);
        correction.load(row == null ? null : row.action());
    }

    /** Puts rows in the tracker; public so the tracker can be tried with many generated rows. */
    public void show(List<ActionRow> loaded, List<Meeting> allMeetings) {
        LocalDate today = today();
        nextMeeting = allMeetings.stream().map(Meeting::date).filter(d -> !d.isBefore(today)).min(LocalDate::compareTo)
                .orElse(null);
        organisations.setAll(choices("actions.filter.anyOrganisation", loaded,
                r -> new Choice(r.action().organisationId(), r.entry().organisationShortName())));
        owners.setAll(choices("actions.filter.anyOwner", loaded,
                r -> new Choice(r.action().ownerId(), r.entry().ownerName())));
        meetings.setAll(choices("actions.filter.anyMeeting", loaded, r -> new Choice(r.action().meetingId(),
                Messages.get("actions.meetingLabel", r.entry().meetingNumber(), Dates.format(r.entry().meetingOn())))));
        settingFilters = true;
        try {
            // New choices for the same filters: not a change by hand.
            organisation.set(keepChoice(organisation.get(), organisations));
            owner.set(keepChoice(owner.get(), owners));
            meeting.set(keepChoice(meeting.get(), meetings));
        } finally {
            settingFilters = false;
        }
        myOrganisation.set(myOrganisation.get() == null || myOrganisation.get().any() ? null
                : keepChoice(myOrganisation.get(), organisations));
        rows.setAll(loaded);
        summarise(today);
        refilter();
    }

    private static List<Choice> choices(String anyKey, List<ActionRow> loaded, Function<ActionRow, Choice> choice) {
        var distinct = loaded.stream().map(choice).distinct().sorted(Comparator.comparing(Choice::label)).toList();
        var all = new java.util.ArrayList<Choice>();
        all.add(new Choice(0, Messages.get(anyKey)));
        all.addAll(distinct);
        return all;
    }

    private static Choice keepChoice(Choice current, List<Choice> available) {
        return current == null ? available.get(0)
                : available.stream().filter(c -> c.id() == current.id()).findFirst().orElse(available.get(0));
    }

    private void apply(SavedView view) {
        settingFilters = true;
        try {
            organisation.set(organisations.isEmpty() ? null : organisations.get(0));
            owner.set(owners.isEmpty() ? null : owners.get(0));
            meeting.set(meetings.isEmpty() ? null : meetings.get(0));
            status.set(view == SavedView.ALL ? StatusFilter.ANY : StatusFilter.LIVE);
            overdueOnly.set(view == SavedView.OVERDUE);
            dueWithin.set("");
            dueBy.set(view == SavedView.DUE_BEFORE_NEXT_MEETING ? nextMeetingOrFarFuture() : null);
            search.set("");
            if (view == SavedView.MY_ORGANISATION && myOrganisation.get() != null) {
                organisation.set(myOrganisation.get());
            }
        } finally {
            settingFilters = false;
        }
        refilter();
    }

    /** With no meeting planned, "before the next meeting" is every live action. */
    private LocalDate nextMeetingOrFarFuture() {
        return nextMeeting == null ? LocalDate.MAX : nextMeeting.minusDays(1);
    }

    private void refilter() {
        Integer within = null;
        String days = dueWithin.get() == null ? "" : dueWithin.get().strip();
        errors.clear();
        if (!days.isEmpty()) {
            try {
                within = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                within = -1;
            }
            if (within < 0 || within > 3650) {
                errors.show(List.of(uk.dln.secretariat.model.Problem.of(DUE_WITHIN, "actions.error.dueWithin")));
                within = null;
            }
        }
        var filter = new ActionFilter(id(organisation), id(owner), status.get() == null ? StatusFilter.ANY
                : status.get(), overdueOnly.get(), within, dueBy.get(), id(meeting), search.get());
        shown.setPredicate(filter.on(today()));
        count.set(Messages.get("actions.count", shown.size(), rows.size()));
    }

    private static long id(ObjectProperty<Choice> choice) {
        return choice.get() == null ? 0 : choice.get().id();
    }

    private void summarise(LocalDate today) {
        long open = rows.stream().filter(r -> !r.action().status().finished()).count();
        long overdue = rows.stream().filter(r -> r.overdueOn(today)).count();
        long closedThisMonth = rows.stream().filter(r -> r.action().status() == ActionStatus.CLOSED
                && r.action().closedOn().getYear() == today.getYear()
                && r.action().closedOn().getMonth() == today.getMonth()).count();
        summary.set(Messages.get("actions.summary", open, overdue, closedThisMonth));
        var perOrganisation = rows.stream().filter(r -> r.overdueOn(today))
                .collect(Collectors.groupingBy(r -> r.entry().organisationShortName(), Collectors.counting()));
        byOrganisation.set(perOrganisation.isEmpty() ? Messages.get("actions.summary.noneOverdue")
                : Messages.get("actions.summary.byOrganisation", perOrganisation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }

    private void loadUpdates(ActionRow row) {
        updates.clear();
        if (row == null) {
            return;
        }
        long id = row.id();
        tasks.run("task.actions.loadUpdates", workspace -> new ActionLog(workspace).updates(id), loaded -> {
            if (selected.get() != null && selected.get().id() == id) {
                updates.setAll(loaded);
            }
        });
    }

    /** Adds the typed update to the selected action, dated today and given by its owner. */
    public void addUpdate() {
        ActionRow row = selected.get();
        if (row == null) {
            return;
        }
        ActionUpdate update;
        try {
            TypedText.check(updateText);
            update = new ActionUpdate(0, row.id(), today(), row.action().ownerId(), updateText.get());
        } catch (uk.dln.secretariat.model.ValidationException invalid) {
            errors.show(invalid.problems());
            return;
        }
        tasks.run("task.actions.addUpdate", workspace -> new ActionLog(workspace).addUpdate(update), added -> {
            updateText.set("");
            updateChanges.markClean();
            reload();
            loadUpdates(selected.get());
        }, errors);
    }

    /** Proposes the selected action for closure, after asking; any typed update goes with it. */
    public void proposeForClosure() {
        ActionRow row = selected.get();
        if (row != null) {
            changeStatus(List.of(row), ActionStatus.PROPOSED_FOR_CLOSURE);
        }
    }

    /**
     * Moves every given action to a status after one confirmation, in one transaction, with the typed update (if
     * any) recorded against each.
     */
    public void changeStatus(List<ActionRow> chosen, ActionStatus target) {
        if (chosen.isEmpty() || target == null) {
            return;
        }
        String statusName = Messages.get(target.messageKey());
        String heading = chosen.size() == 1
                ? Messages.get("actions.change.heading.one", chosen.get(0).action().reference(), statusName)
                : Messages.get("actions.change.heading.many", chosen.size(), statusName);
        String note = updateText.get() == null ? "" : updateText.get().strip();
        String body = note.isEmpty() ? Messages.get("actions.change.body.noUpdate")
                : Messages.get("actions.change.body.withUpdate", note);
        if (!tasks.dialogs().confirm(heading, body, Messages.get("actions.change.confirm", statusName))) {
            return;
        }
        // Each action claims the version it was shown at: none changes if someone else saved one since.
        Map<Long, Long> versions = chosen.stream().collect(Collectors.toMap(ActionRow::id,
                row -> row.action().version(), (a, b) -> a, java.util.LinkedHashMap::new));
        tasks.save("task.actions.changeStatus", Messages.get("changes.editor.actionCorrection"),
                workspace -> new ActionLog(workspace).changeStatuses(versions, target, note), changed -> {
            updateText.set("");
            updateChanges.markClean();
            reload();
            loadUpdates(selected.get());
        }, errors, () -> {
            reload();
            loadUpdates(selected.get());
        });
    }

    /**
     * Writes one chaser per owner with overdue or due-soon actions into the folder, then says how many.
     */
    public void writeChasers(Path folder) {
        LocalDate today = today();
        List<ActionLogEntry> entries = rows.stream().map(ActionRow::entry).toList();
        tasks.run("task.actions.chasers", workspace -> {
            var sender = new ActionLog(workspace).chaserSender();
            return new ChaserWriter(folder).writeAll(Chasers.build(entries, today, DUE_SOON_DAYS,
                    sender.networkName(), sender.language()));
        }, written ->
                tasks.dialogs().showInformation(Messages.get("actions.chasers.heading", written.size()),
                        Messages.get("actions.chasers.body", folder)));
    }

    public String authorName(long leaderId) {
        return authorNames.getOrDefault(leaderId, "");
    }

    /** One update in the history: its day, who wrote it, and what it says. */
    public String historyLine(ActionUpdate update) {
        String by = update.writtenBy().isEmpty() ? authorName(update.authorId()) : update.writtenBy();
        return Messages.get("actions.updates.line", Dates.format(update.writtenOn()), by, update.text());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FilteredList<ActionRow> shown() {
        return shown;
    }

    public ObservableList<Choice> organisations() {
        return organisations;
    }

    public ObservableList<Choice> owners() {
        return owners;
    }

    public ObservableList<Choice> meetings() {
        return meetings;
    }

    /** The saved view the filters show; null once a filter has been changed by hand. */
    public ObjectProperty<SavedView> savedViewProperty() {
        return savedView;
    }

    public ObjectProperty<Choice> myOrganisationProperty() {
        return myOrganisation;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<Choice> meetingProperty() {
        return meeting;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public StringProperty dueWithinProperty() {
        return dueWithin;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty byOrganisationProperty() {
        return byOrganisation.getReadOnlyProperty();
    }

    public ObjectProperty<ActionRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ActionUpdate> updates() {
        return updates;
    }

    public StringProperty updateTextProperty() {
        return updateText;
    }

    /** "Changed by anna at 10:42 …" while the selected action changed under a typed update; empty otherwise. */
    public ReadOnlyStringProperty updateChangedByOtherProperty() {
        return updateChangedByOther.textProperty();
    }

    /** The typed update as an editor: asked about before it is given up. */
    public UnsavedChanges updateEditor() {
        return updateEditor;
    }

    public ObjectProperty<ActionStatus> newStatusProperty() {
        return newStatus;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Correcting or withdrawing the selected action. */
    public ActionCorrectionViewModel correction() {
        return correction;
    }
}
