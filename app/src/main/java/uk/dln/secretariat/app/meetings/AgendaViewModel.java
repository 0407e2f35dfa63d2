package uk.dln.secretariat.app.meetings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.ChangeTracker;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.core.meetings.AgendaEditing;
import uk.dln.secretariat.app.core.minutes.MeetingDetail;
import uk.dln.secretariat.app.core.minutes.People;
import uk.dln.secretariat.app.i18n.Dates;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.workspace.WorkspaceTasks;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.directory.Leader;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.Agenda;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.PaperFile;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;

/**
 * The agenda of the selected meeting: items in order with their times and paper references, the running time against
 * the meeting's slot, the selected item's form and files, and the actions that will come up as matters arising.
 */
public final class AgendaViewModel implements UnsavedChanges {

    private final WorkspaceTasks tasks;
    private final PaperOpener opener;
    private final Runnable onChanged;
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<PaperFile> files = FXCollections.observableArrayList();
    private final ObservableList<ActionSummary> mattersArising = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper(this, "timing", "");
    private final ReadOnlyBooleanWrapper overruns = new ReadOnlyBooleanWrapper(this, "overruns");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", true);
    private final AgendaItemFormViewModel form = new AgendaItemFormViewModel();
    private final ObservableList<Leader> presenters = FXCollections.observableArrayList();
    private final ChangeGuard rowGuard;
    /**
     * The versions this editor's own moves left items at. Alt+Down pressed twice quickly moves the row as it was
     * shown before the first move was read back; the second claims what the first stored, not a conflict with itself.
     */
    private final Map<Long, Long> ownVersions = new ConcurrentHashMap<>();
    private Meeting meeting;
    /** The item to select once the agenda has been read back after a save. */
    private long pendingSelection;
    private Agenda agenda;
    private People people = People.NONE;
    private ProtectiveMarking defaultMarking = ProtectiveMarking.OFFICIAL;

    public AgendaViewModel(WorkspaceTasks tasks, PaperOpener opener, Runnable onChanged) {
        this.tasks = tasks;
        this.opener = opener;
        this.onChanged = onChanged;
        this.rowGuard = new ChangeGuard(tasks.dialogs()).watch(this);
        selected.addListener((obs, old, row) -> showSelected(row, false));
    }

    void show(MeetingDetail detail, People directory, String prefix, ProtectiveMarking marking) {
        long keep = pendingSelection != 0 ? pendingSelection : selected.get() == null ? 0 : selected.get().item().id();
        pendingSelection = 0;
        meeting = detail.meeting();
        people = directory;
        if (!presenters.equals(directory.leaders())) {
            presenters.setAll(directory.leaders());
        }
        defaultMarking = marking;
        agenda = new Agenda(meeting, detail.items());
        rows.setAll(agenda.lines(prefix).stream().map(line -> new AgendaRow(line.item(), line.number(),
                line.start(), line.end(), line.reference() == null ? "" : line.reference().toString(),
                people.name(line.item().presenterId()),
                detail.fileCounts().getOrDefault(line.item().id(), 0))).toList());
        mattersArising.setAll(detail.mattersArising());
        locked.set(meeting.status().minutesLocked());
        overruns.set(agenda.overruns());
        timing.set(agenda.overruns()
                ? Messages.get("meetings.agenda.overrun", agenda.totalMinutes(), meeting.slotMinutes(),
                        agenda.overrunMinutes(), agenda.finishesAt().toString())
                : Messages.get("meetings.agenda.fits", agenda.totalMinutes(), meeting.slotMinutes(),
                        agenda.finishesAt().toString()));
        AgendaRow again = rows.stream().filter(r -> r.item().id() == keep).findFirst().orElse(null);
        if (again == null) {
            blankItem();
        } else {
            // An unchanged row fires no change, but the form must still show what was stored.
            boolean same = again.equals(selected.get());
            selected.set(again);
            // Typing in the form is kept when another tab's save reads the meeting again.
            if (same && !form.changes().isDirty()) {
                showSelected(again, true);
            }
        }
    }

    void clear() {
        meeting = null;
        rows.clear();
        files.clear();
        mattersArising.clear();
        timing.set("");
        overruns.set(false);
        locked.set(true);
    }

    /**
     * Closes an action the meeting agreed is done, from its matters-arising list: the same action in the log is
     * closed, with a dated update saying where, which also meets the network's closing-update rule.
     */
    public void closeArising(ActionSummary summary) {
        if (summary == null || meeting == null || !tasks.dialogs().confirm(
                Messages.get("meetings.agenda.closeArising.heading", summary.action().reference()),
                summary.action().description(), Messages.get("meetings.agenda.closeArising.confirm"))) {
            return;
        }
        String update = Messages.get("meetings.agenda.closeArising.update", Dates.format(meeting.date()));
        // Claims the version the list showed: not closed over someone else's newer change to the action.
        tasks.save("task.meetings.closeArising", Messages.get("changes.editor.actionCorrection"), workspace -> {
            new AgendaEditing(workspace).closeArising(summary.action(), update);
            return summary;
        }, closed -> onChanged.run(), null, onChanged);
    }

    /** A blank form for a substantive item, which will go in before any other business. */
    public void newItem() {
        rowGuard.leave(this::blankItem);
    }

    private void blankItem() {
        selected.set(null);
        files.clear();
        if (meeting != null) {
            form.clear(meeting.id(), agenda.positionForNewItem(), defaultMarking);
        }
    }

    public void save() {
        save(() -> { });
    }

    @Override
    public void save(Runnable onSaved) {
        AgendaItem item = meeting == null ? null : form.toItem();
        if (item == null) {
            return;
        }
        tasks.save("task.meetings.saveItem", editorName(), workspace -> new AgendaEditing(workspace).save(item), saved -> {
            form.changes().markSaved();
            pendingSelection = saved.id();
            onChanged.run();
            onSaved.run();
        }, form.errors(), () -> {
            // Their version: the typing is given up (the person agreed), then the agenda is read again.
            form.changes().markClean();
            onChanged.run();
        });
    }

    /** Shows the selected item as stored again, or a blank new item. */
    @Override
    public void discard() {
        if (selected.get() == null) {
            blankItem();
        } else {
            showSelected(selected.get(), true);
        }
    }

    @Override
    public ChangeTracker changes() {
        return form.changes();
    }

    /** The item as shown, at the version this editor's own last move stored if the row was not read back since. */
    private AgendaItem asLastStored(AgendaItem shown) {
        return shown.atVersion(Math.max(shown.version(), ownVersions.getOrDefault(shown.id(), shown.version())));
    }

    /** The id of the item in the form; 0 for a new one. */
    long editingId() {
        return form.editingId();
    }

    @Override
    public String editorName() {
        return Messages.get("changes.editor.agendaItem");
    }

    /** Asks about the item being edited before another row replaces it in the form. */
    public ChangeGuard rowGuard() {
        return rowGuard;
    }

    /** Adds the roadmaps' exceptions report, as it stands on the meeting's day, as an item for information. */
    public void addExceptionsReport() {
        if (meeting == null) {
            return;
        }
        Meeting forMeeting = meeting;
        int position = agenda.positionForNewItem();
        tasks.run("task.meetings.saveItem", workspace -> new AgendaEditing(workspace).addExceptionsReport(forMeeting,
                position), saved -> {
                    pendingSelection = saved.id();
                    onChanged.run();
                });
    }

    public void delete() {
        AgendaRow row = selected.get();
        if (row == null || !tasks.dialogs().confirm(Messages.get("meetings.agenda.delete.heading", row.item().title()),
                Messages.get("meetings.agenda.delete.body"), Messages.get("meetings.agenda.delete.confirm"))) {
            return;
        }
        // Claims the version the row showed: an item someone else changed since is not deleted unseen.
        tasks.save("task.meetings.saveItem", editorName(), workspace -> {
            new AgendaEditing(workspace).delete(asLastStored(row.item()));
            return row;
        }, deleted -> {
            selected.set(null);
            onChanged.run();
        }, null, onChanged);
    }

    public void moveUp() {
        moveSelectedBy(-1);
    }

    public void moveDown() {
        moveSelectedBy(1);
    }

    private void moveSelectedBy(int step) {
        AgendaRow row = selected.get();
        if (row != null) {
            moveTo(row, row.number() + step);
        }
    }

    /** Puts the item at a place in the order (1 = first), e.g. where it was dropped. */
    public void moveTo(AgendaRow row, int position) {
        if (position < 1 || position > rows.size() || position == row.number()) {
            return;
        }
        AgendaItem shown = row.item();
        tasks.save("task.meetings.moveItem", editorName(), workspace -> {
            var order = new AgendaEditing(workspace).move(asLastStored(shown), position);
            order.forEach(item -> ownVersions.put(item.id(), item.version()));
            return order;
        }, moved -> onChanged.run(), null, onChanged);
    }

    public void attachPaper() {
        AgendaRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.dialogs().choosePaperToAttach(null).ifPresent((Path file) -> tasks.run("task.meetings.attach",
                workspace -> new AgendaEditing(workspace).attach(row.item().id(), file),
                (Optional<PaperAccessibility.Finding> finding) -> {
                    onChanged.run();
                    finding.ifPresent(f -> tellNotAccessible(row, f));
                }));
    }

    /** Says which paper and why, so an accessible version can be asked for before the pack is issued. */
    private void tellNotAccessible(AgendaRow row, PaperAccessibility.Finding finding) {
        String paper = row.reference().isEmpty() ? row.item().title() : row.reference();
        tasks.dialogs().showInformation(Messages.get("meetings.files.accessibility.heading"),
                Messages.get(switch (finding.problem()) {
                    case UNTAGGED_PDF -> "meetings.files.accessibility.untagged";
                    case SCANNED_PDF -> "meetings.files.accessibility.scanned";
                    case PICTURES_WITHOUT_ALT_TEXT -> "meetings.files.accessibility.pictures";
                }, paper, finding.count()));
    }

    public void openPaper(PaperFile file) {
        tasks.run("task.meetings.openPaper", workspace -> {
            opener.open(file.fileName(), new AgendaEditing(workspace).content(file));
            return file;
        }, opened -> { });
    }

    public void removePaper(PaperFile file) {
        if (!tasks.dialogs().confirm(Messages.get("meetings.files.remove.heading", file.fileName()),
                Messages.get("meetings.files.remove.body"), Messages.get("meetings.files.remove.confirm"))) {
            return;
        }
        tasks.run("task.meetings.attach", workspace -> {
            new AgendaEditing(workspace).remove(file);
            return file;
        }, removed -> onChanged.run());
    }

    /**
     * Shows the row's item in the form. The same item read again while the person types over it keeps the typing
     * (its new version is taken if its fields are as read) unless {@code replace} says to show it as stored.
     */
    private void showSelected(AgendaRow row, boolean replace) {
        files.clear();
        if (row == null || row.item() == null) {
            return;
        }
        Leader presenter = people.byId().get(row.item().presenterId());
        if (!replace && form.changes().isDirty() && form.editingId() == row.item().id()) {
            form.readAgain(row.item());
        } else {
            form.edit(row.item(), presenter);
        }
        long itemId = row.item().id();
        tasks.run("task.meetings.loadFiles", workspace -> new AgendaEditing(workspace).papers(itemId),
                (List<PaperFile> loaded) -> files.setAll(loaded));
    }

    public ObservableList<AgendaRow> rows() {
        return rows;
    }

    public ObjectProperty<AgendaRow> selectedProperty() {
        return selected;
    }

    public ObservableList<PaperFile> files() {
        return files;
    }

    public ObservableList<ActionSummary> mattersArising() {
        return mattersArising;
    }

    public ReadOnlyStringProperty timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overrunsProperty() {
        return overruns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public AgendaItemFormViewModel form() {
        return form;
    }

    public ObservableList<Leader> presenters() {
        return presenters;
    }

    /** "Name (ORG)" for the presenter list. */
    public String personLabel(Leader leader) {
        return people.label(leader);
    }
}
