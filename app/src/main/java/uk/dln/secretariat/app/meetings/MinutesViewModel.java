package uk.dln.secretariat.app.meetings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.minutes.MeetingDetail;
import uk.dln.secretariat.app.core.minutes.MinutesWriting;
import uk.dln.secretariat.app.core.minutes.MinutesDraft;
import uk.dln.secretariat.app.core.minutes.People;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.app.forms.TypedText;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.ValidationException;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.directory.Organisation;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.MeetingMinutes;
import uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes;

/**
 * The minutes of the selected meeting: attendance and declarations at meeting level, discussion and decisions per
 * item, the actions raised, and the lock once the minutes are approved.
 */
public final class MinutesViewModel implements UnsavedChanges {

    private final WorkspaceTasks tasks;
    private final Runnable onChanged;
    private final StringProperty attendance = new SimpleStringProperty(this, "attendance", "");
    private final StringProperty declarations = new SimpleStringProperty(this, "declarations", "");
    private final ObservableList<ItemMinutesRow> items = FXCollections.observableArrayList(
            row -> new Observable[] {row.discussionProperty(), row.decisionsProperty()});
    private final ObjectProperty<ItemMinutesRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ActionSummary> actions = FXCollections.observableArrayList();
    private final ObservableList<Leader> owners = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", true);
    private final ReadOnlyStringWrapper lockMessage = new ReadOnlyStringWrapper(this, "lockMessage", "");
    private final FieldErrors errors = new FieldErrors("attendance", "declarations");
    private final ActionFormViewModel actionForm = new ActionFormViewModel();
    private final ChangeTracker changes = new ChangeTracker(this::values, attendance, declarations, items);
    private final UnsavedChanges actionEditor = UnsavedChanges.of(Messages.get("changes.editor.action"),
            actionForm.changes(), this::raiseAction, () -> actionForm.clear(this.detail == null ? null : this.detail.meeting()));
    private MeetingDetail detail;
    /** The meeting-level minutes as read; their version is what a save of them claims. */
    private MeetingMinutes read;
    private People people = People.NONE;
    private String prefix = "";

    public MinutesViewModel(WorkspaceTasks tasks, Runnable onChanged) {
        this.tasks = tasks;
        this.onChanged = onChanged;
        actionForm.ownerProperty().addListener((obs, old, owner) -> {
            if (owner != null) {
                actionForm.organisationProperty().set(people.organisationOf(owner));
            }
        });
    }

    void show(MeetingDetail loaded, People directory, String prefix) {
        long keep = selected.get() == null ? 0 : selected.get().item().id();
        boolean sameMeeting = detail != null && detail.meeting().id() == loaded.meeting().id();
        detail = loaded;
        people = directory;
        this.prefix = prefix;
        if (!owners.equals(directory.leaders())) {
            owners.setAll(directory.leaders());
            organisations.setAll(directory.members());
        }
        MeetingMinutes minutes = loaded.minutes();
        read = minutes;
        attendance.set(minutes.attendance());
        declarations.set(minutes.declarations());
        Map<Long, ItemMinutes> byItem = minutes.items().stream()
                .collect(Collectors.toMap(ItemMinutes::itemId, Function.identity()));
        items.setAll(new Agenda(loaded.meeting(), loaded.items()).lines(prefix).stream()
                .map(line -> new ItemMinutesRow(line.item(), line.reference() == null
                        ? Messages.get("meetings.minutes.itemHeading", line.number(), line.item().title())
                        : Messages.get("meetings.minutes.itemHeadingPaper", line.number(), line.item().title(),
                                line.reference().toString()),
                        byItem.get(line.item().id()), actionLines(line.item().id())))
                .toList());
        actions.setAll(loaded.actions());
        selected.set(items.stream().filter(r -> r.item().id() == keep).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0)));
        boolean isLocked = loaded.meeting().status().minutesLocked();
        locked.set(isLocked);
        lockMessage.set(isLocked ? Messages.get("meetings.minutes.locked") : "");
        errors.clear();
        if (!sameMeeting) {
            actionForm.clear(loaded.meeting());
        }
        changes.markClean();
    }

    /**
     * The minutes read again while the person types over them: each part stored as it was read takes its new
     * version, so that a save is refused only over someone else's change to what the person is saving.
     */
    void readAgain(MeetingDetail loaded) {
        if (detail == null || read == null || loaded.meeting().id() != detail.meeting().id()) {
            return;
        }
        MeetingMinutes stored = loaded.minutes();
        if (stored.attendance().equals(read.attendance()) && stored.declarations().equals(read.declarations())) {
            read = stored;
        }
        stored.items().forEach(item -> items.stream().filter(row -> row.item().id() == item.itemId())
                .forEach(row -> row.readAgain(item)));
    }

    /** The id of the meeting whose minutes are shown, and of its items: the records a save claims. */
    long meetingId() {
        return detail == null ? 0 : detail.meeting().id();
    }

    List<Long> itemIds() {
        return items.stream().map(row -> row.item().id()).toList();
    }

    void clear() {
        read = null;
        detail = null;
        items.clear();
        actions.clear();
        attendance.set("");
        declarations.set("");
        locked.set(true);
        actionForm.clear(null);
        changes.markClean();
    }

    /** The text as written, as values: what is compared to tell unsaved changes. */
    private List<Object> values() {
        return List.of(attendance.get(), declarations.get(), items.stream().map(row -> Arrays.asList(
                row.item().id(), row.discussionProperty().get(), row.decisionsProperty().get())).toList());
    }

    /**
     * Builds the skeleton from the agenda and attendance: Present, In attendance, Secretariat and Apologies; the
     * declarations of those in the room; the actions due under matters arising. Discussion already written under an
     * item is kept. The draft is then saved.
     */
    public void draft() {
        if (detail == null) {
            return;
        }
        var draft = new MinutesDraft(detail, people);
        attendance.set(draft.attendance());
        declarations.set(draft.declarations());
        for (ItemMinutesRow row : items) {
            if (row.discussionProperty().get().isBlank()) {
                row.discussionProperty().set(draft.discussionFor(row.item()));
            }
            if (row.decisionsProperty().get().isBlank()) {
                row.decisionsProperty().set(draft.decisionsFor(row.item()));
            }
        }
        save();
    }

    public void save() {
        save(() -> { });
    }

    /** Stores the minutes; after approval the workspace refuses, and the message says why. */
    @Override
    public void save(Runnable onSaved) {
        MeetingMinutes minutes = detail == null ? null : toMinutes();
        if (minutes == null) {
            return;
        }
        tasks.save("task.meetings.saveMinutes", editorName(), workspace -> new MinutesWriting(workspace).save(minutes),
                saved -> {
                    changes.markSaved();
                    onChanged.run();
                    onSaved.run();
                }, errors, this::giveUpTyping);
    }

    @Override
    public void discard() {
        if (detail == null) {
            clear();
        } else {
            show(detail, people, prefix);
        }
    }

    @Override
    public ChangeTracker changes() {
        return changes;
    }

    @Override
    public String editorName() {
        return Messages.get("meetings.tab.minutes");
    }

    /** The action being written under the minutes, which is its own editor: raising it is its save. */
    public UnsavedChanges actionEditor() {
        return actionEditor;
    }

    /** The minutes as written, or null with the problems shown. */
    private MeetingMinutes toMinutes() {
        try {
            TypedText.check(attendance, declarations);
            TypedText.check(items.stream().flatMap(i -> java.util.stream.Stream.of(i.discussionProperty(),
                    i.decisionsProperty())).toArray(javafx.beans.property.StringProperty[]::new));
            // Only the items the person changed: the others stay as stored, whoever saved them meanwhile.
            return new MeetingMinutes(detail.meeting().id(), attendance.get(), declarations.get(),
                    items.stream().filter(ItemMinutesRow::changed).map(ItemMinutesRow::toMinutes).toList(),
                    read.version());
        } catch (ValidationException e) {
            errors.show(e.problems());
            return null;
        }
    }

    /**
     * Saves what has been written, then raises the action in the form at the selected item, one after the other in
     * one background task; the action's reference is given when it is stored.
     */
    public void raiseAction() {
        raiseAction(() -> { });
    }

    private void raiseAction(Runnable onRaised) {
        ItemMinutesRow row = selected.get();
        if (detail == null || row == null) {
            return;
        }
        Action action = actionForm.toAction(detail.meeting(), row.item().id());
        MeetingMinutes minutes = action == null ? null : toMinutes();
        if (minutes == null) {
            return;
        }
        tasks.save("task.meetings.raiseAction", editorName(),
                workspace -> new MinutesWriting(workspace).saveAndRaise(minutes, action), raised -> {
                    changes.markClean();
                    actionForm.changes().markSaved();
                    actionForm.clear(detail.meeting());
                    onChanged.run();
                    onRaised.run();
                }, actionForm.errors(), this::giveUpTyping);
    }

    /** Their version: the typing is given up (the person agreed), then the meeting is read again. */
    private void giveUpTyping() {
        changes.markClean();
        onChanged.run();
    }

    private String actionLines(long itemId) {
        return detail.actions().stream().filter(a -> a.action().agendaItemId() != null
                        && a.action().agendaItemId() == itemId)
                .map(a -> Messages.get("meetings.minutes.action", a.action().reference(), a.action().description(),
                        a.ownerName(), Dates.format(a.action().dueOn()),
                        Messages.get(a.action().status().messageKey())))
                .collect(Collectors.joining("\n"));
    }

    public StringProperty attendanceProperty() {
        return attendance;
    }

    public StringProperty declarationsProperty() {
        return declarations;
    }

    public ObservableList<ItemMinutesRow> items() {
        return items;
    }

    public ObjectProperty<ItemMinutesRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ActionSummary> actions() {
        return actions;
    }

    public ObservableList<Leader> owners() {
        return owners;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockMessageProperty() {
        return lockMessage.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public ActionFormViewModel actionForm() {
        return actionForm;
    }

    public String personLabel(Leader leader) {
        return people.label(leader);
    }
}
